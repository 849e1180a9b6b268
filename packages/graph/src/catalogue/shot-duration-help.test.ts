import { describe, expect, it } from 'vitest';
import { describeNodeType } from '../json-schema.js';

// The field's help is what a person reads before leaving Duration blank: it must say the rule
// the `shotRef` function applies (docs/catalogue.md "Shot duration"), not an older one.
describe("the Shot's Duration help", () => {
  it('says how a blank duration is derived: from the action, else from what the shot covers of its scene', () => {
    const properties = describeNodeType('shot').fieldsSchema['properties'] as Record<string, { description?: string }>;
    const help = properties['durationS']?.description ?? '';
    expect(help).toMatch(/action/);
    expect(help).toMatch(/master.*whole scene/);
    expect(help).toMatch(/lines/);
    expect(help).toMatch(/2 s/);
  });
});
