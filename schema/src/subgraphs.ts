import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@forestry/subgraph-runtime';

export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface SubgraphPackage {
  /** The subgraph's name in the supergraph, e.g. `forest-resources`. */
  name: string;
  packageName: string;
  directory: string;
}

/**
 * Every folder under `subgraphs/` whose package.json declares `"forestry": { "subgraph": NAME }`.
 * Adding a department is adding such a folder; nothing else lists them.
 */
export async function discoverSubgraphs(): Promise<SubgraphPackage[]> {
  const root = join(repositoryRoot, 'subgraphs');
  const found: SubgraphPackage[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const directory = join(root, entry.name);
    const manifest = JSON.parse(await readFile(join(directory, 'package.json'), 'utf8').catch(() => '{}')) as {
      name?: string;
      forestry?: { subgraph?: string };
    };
    if (manifest.name && manifest.forestry?.subgraph) {
      found.push({ name: manifest.forestry.subgraph, packageName: manifest.name, directory });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** Imports the discovered subgraph packages (all, or those named) and returns their definitions. */
export async function loadSubgraphDefinitions(names?: readonly string[]): Promise<SubgraphDefinition[]> {
  const packages = (await discoverSubgraphs()).filter((subgraph) => !names || names.includes(subgraph.name));
  return Promise.all(
    packages.map(async (subgraph) => {
      const module = (await import(subgraph.packageName)) as { default?: SubgraphDefinition };
      if (!module.default || module.default.name !== subgraph.name) {
        throw new Error(`${subgraph.packageName} must default-export the definition of subgraph ${subgraph.name}`);
      }
      return module.default;
    }),
  );
}
