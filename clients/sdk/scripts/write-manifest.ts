// Merges the persisted documents GraphQL Code Generator wrote for both operation sets into the
// one trusted-documents manifest the gateway loads, after checking that every key is the sha256
// of exactly its text (what the persisted query protocol checks) and that operation names are unique.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { parse, type OperationDefinitionNode } from 'graphql';

const sets = ['partner', 'public'];
const target = new URL('../dist/trusted-documents.json', import.meta.url);

const entries: { name: string; hash: string; text: string }[] = [];
for (const set of sets) {
  const source = new URL(`../src/generated/${set}/persisted-documents.json`, import.meta.url);
  const documents = JSON.parse(await readFile(source, 'utf8')) as Record<string, string>;
  for (const [hash, text] of Object.entries(documents)) {
    if (createHash('sha256').update(text).digest('hex') !== hash) throw new Error(`${set}: ${hash} is not the sha256 of its text`);
    const operation = parse(text).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
    const name = operation?.name?.value;
    if (!name) throw new Error(`${set}: every operation needs a name (${text.slice(0, 60)}…)`);
    const clash = entries.find((entry) => entry.name === name && entry.hash !== hash);
    if (clash) throw new Error(`Operation ${name} is defined twice with different text; rename one`);
    if (!entries.some((entry) => entry.hash === hash)) entries.push({ name, hash, text });
  }
}
entries.sort((a, b) => a.name.localeCompare(b.name));
await mkdir(new URL('.', target), { recursive: true });
await writeFile(target, `${JSON.stringify(Object.fromEntries(entries.map(({ hash, text }) => [hash, text])), null, 2)}\n`);
console.log(`Wrote ${entries.length} trusted documents to dist/trusted-documents.json`);
