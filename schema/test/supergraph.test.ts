import { describe, expect, it } from 'vitest';
import { composeCurrentSupergraph, readCheckedInSupergraph } from '../src/index.js';

describe('supergraph', () => {
  it('composes without errors and matches the checked-in schema/supergraph.graphql (run `npm run compose`)', async () => {
    const composed = await composeCurrentSupergraph();
    expect(composed).toContain('@join__graph(name: "forest-resources"');
    expect(await readCheckedInSupergraph()).toBe(composed);
  });
});
