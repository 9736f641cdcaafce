import type { PrismaClient } from '../generated/prisma/client.js';
import { categories } from './catalogue-data.js';
import { generateDisclosureItems } from './disclosure-items.js';
import { generateLicenceApplications } from './licence-applications.js';
import { licensingItems } from './licensing-items-data.js';
import { generatePublicNotices, generateSolicitations } from './notices.js';
import { generateDisclosureRequests, generateMailboxLetters } from './requests-and-letters.js';

const BATCH = 1000;

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/** The counters continue after the highest number each prefix used in each year. */
function sequencesAfter(numbers: readonly string[]) {
  const last = new Map<string, { prefix: string; year: number; last: number }>();
  for (const number of numbers) {
    const [prefix, year, sequence] = number.split('-') as [string, string, string];
    const key = `${prefix}-${year}`;
    last.set(key, { prefix, year: Number(year), last: Math.max(Number(sequence), last.get(key)?.last ?? 0) });
  }
  return [...last.values()];
}

/** Loads the deterministic demo data into an empty public-disclosure database. */
export async function seedPublicDisclosure(db: PrismaClient): Promise<void> {
  const items = generateDisclosureItems();
  const { applications, events, supplements } = generateLicenceApplications();
  const requests = generateDisclosureRequests();
  const letters = generateMailboxLetters();
  const notices = generatePublicNotices();
  const { solicitations, opinions } = generateSolicitations();
  await db.$transaction(
    async (tx) => {
      // Headings before their sub-headings.
      await tx.disclosureCategory.createMany({ data: categories.filter((category) => category.parentCode === null) });
      await tx.disclosureCategory.createMany({ data: categories.filter((category) => category.parentCode !== null) });
      await tx.disclosureItem.createMany({ data: items });
      await tx.licensingItem.createMany({ data: [...licensingItems] });
      await inBatches(applications, (data) => tx.licenceApplication.createMany({ data }));
      await inBatches(events, (data) => tx.licenceApplicationEvent.createMany({ data }));
      await tx.licenceSupplementRequest.createMany({ data: supplements });
      await tx.disclosureRequest.createMany({ data: requests });
      await tx.mailboxLetter.createMany({ data: letters });
      await tx.publicNotice.createMany({ data: notices });
      await tx.opinionSolicitation.createMany({ data: solicitations });
      await tx.solicitationOpinion.createMany({ data: opinions });
      await tx.numberSequence.createMany({
        data: sequencesAfter([
          ...items.map((item) => item.indexNumber),
          ...applications.map((application) => application.receiptNumber),
          ...requests.map((request) => request.requestNumber),
          ...letters.map((letter) => letter.letterNumber),
        ]),
      });
    },
    { timeout: 120_000 },
  );
}
