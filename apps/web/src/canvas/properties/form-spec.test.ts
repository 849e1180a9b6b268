import { describe, expect, it } from 'vitest';
import { describeNodeType } from '@pc/graph';
import { buildForm, fieldSpec, type FieldSpec } from './form-spec.js';

const fieldsOf = (type: 'character' | 'scene' | 'shot') => new Map(buildForm(describeNodeType(type)).flatMap((group) => group.fields.map((field) => [field.path.join('.'), field] as const)));
/** The spec variant whose widget union includes W ('script' lives with 'text' and 'textarea'). */
type SpecOf<W> = FieldSpec extends infer S ? (S extends { widget: infer X } ? (W extends X ? S : never) : never) : never;
const field = <W extends FieldSpec['widget']>(type: 'character' | 'scene' | 'shot', path: string, widget: W) => {
  const spec = fieldsOf(type).get(path);
  expect(spec?.widget).toBe(widget);
  return spec as SpecOf<W>;
};

describe('the properties form from a node type’s JSON Schema', () => {
  it('follows the catalogue’s field groups, in order', () => {
    const groups = buildForm(describeNodeType('shot'));
    expect(groups.map((group) => group.title)).toEqual(['Shot', 'Camera', 'Look', 'Workflow']);
    expect(groups[1]?.fields.map((f) => f.path[0])).toEqual(['shotSize', 'shotType', 'angle', 'movement', 'lensMm', 'aspect', 'durationS', 'screenDirection']);
  });

  it('offers every field of every type exactly once', () => {
    for (const type of ['character', 'scene', 'shot'] as const) {
      const properties = Object.keys((describeNodeType(type).fieldsSchema['properties'] ?? {}) as object);
      const placed = buildForm(describeNodeType(type)).flatMap((group) => group.fields.map((f) => f.path[0]));
      expect([...placed].sort()).toEqual([...properties].sort());
    }
  });

  it('turns enums into selects with labels a crew reads', () => {
    const angle = field('shot', 'angle', 'select');
    expect(angle.options.find((o) => o.value === 'worms_eye')?.label).toBe('Worm’s eye');
    expect(field('shot', 'movement', 'select').options.find((o) => o.value === 'dolly_in')?.label).toBe('Dolly in');
    expect(field('shot', 'shotSize', 'select').options[0]).toEqual({ value: 'EWS', label: 'EWS · Extreme wide' });
    expect(field('character', 'status', 'select').options.map((o) => o.label)).toContain('In progress');
  });

  it('gives free-text fields with suggestions a combo', () => {
    const timeOfDay = field('scene', 'timeOfDay', 'combo');
    expect(timeOfDay.suggestions).toContain('MOMENTS LATER');
    expect(timeOfDay.maxLength).toBe(200);
  });

  it('maps numbers with their bounds, and blank-means-derived fields as nullable', () => {
    expect(field('shot', 'lensMm', 'number')).toMatchObject({ nullable: false, integer: false, min: 4, max: 1200 });
    expect(field('shot', 'seed', 'number')).toMatchObject({ nullable: true, integer: true, min: 0 });
    expect(field('scene', 'storyDay', 'number')).toMatchObject({ nullable: true, integer: true, min: 1, max: 10_000 });
  });

  it('uses the script editor for a scene’s Fountain text and textareas for prose', () => {
    expect(field('scene', 'scriptText', 'script').label).toBe('Script');
    expect(field('character', 'bio', 'textarea').maxLength).toBe(4_000);
  });

  it('upper-cases scene and shot numbers, whose pattern only admits capitals', () => {
    expect(field('scene', 'sceneNumber', 'text').uppercase).toBe(true);
    expect(field('character', 'name', 'text').uppercase).toBeUndefined();
  });

  it('nests a group’s fields with paths and input ids for their labels', () => {
    const appearance = field('character', 'appearance', 'group');
    const hair = appearance.fields.find((f) => f.path[1] === 'hair');
    expect(hair).toMatchObject({ widget: 'text', path: ['appearance', 'hair'], inputId: 'field-appearance-hair', label: 'Hair' });
  });

  it('carries titles and descriptions through', () => {
    expect(field('character', 'name', 'text')).toMatchObject({ label: 'Name', description: expect.stringContaining('UPPERCASE') });
    expect(field('character', 'tags', 'tags').maxItems).toBe(100);
    expect(field('character', 'color', 'color').nullable).toBe(true);
  });

  it('infers a widget when a schema has none, and files ungrouped fields under Other', () => {
    expect(fieldSpec(['rating'], { type: 'integer', minimum: 1 }).widget).toBe('number');
    expect(fieldSpec(['mood'], { type: 'string', enum: ['tense', 'calm'] }).widget).toBe('select');
    const form = buildForm({ fieldsSchema: { properties: { a: { type: 'string' }, b: { type: 'string' } } }, fieldGroups: [{ title: 'Main', fields: ['a'] }] });
    expect(form.map((g) => [g.title, g.fields.map((f) => f.path[0])])).toEqual([
      ['Main', ['a']],
      ['Other', ['b']],
    ]);
  });
});
