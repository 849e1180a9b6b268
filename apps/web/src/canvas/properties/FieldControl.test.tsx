// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { describeNodeType, GRAPH_SCHEMA_VERSION } from '@pc/graph';
import { createCanvas } from '../store/canvas.js';
import { CanvasContext } from '../store/react.js';
import { FieldControl } from './FieldControl.js';
import { buildForm, type FieldSpec } from './form-spec.js';

const specFor = (type: 'character' | 'scene' | 'shot', field: string): FieldSpec =>
  buildForm(describeNodeType(type))
    .flatMap((group) => group.fields)
    .find((spec) => spec.path[0] === field)!;

const renderField = (type: 'character' | 'scene' | 'shot', field: string, data: Record<string, unknown>) => {
  const canvas = createCanvas({
    graph: {
      id: 'g1',
      name: 'Pilot',
      revision: 1,
      document: { schemaVersion: GRAPH_SCHEMA_VERSION, nodes: [{ id: 'n1', type, position: { x: 0, y: 0 }, data }], edges: [] },
    },
  });
  const current = () => canvas.doc.store.getState().nodes['n1']!.data as Record<string, unknown>;
  const view = () => (
    <CanvasContext.Provider value={canvas}>
      <FieldControl spec={specFor(type, field)} nodeId="n1" nodeType={type} data={current()} />
    </CanvasContext.Provider>
  );
  const result = render(view());
  return { canvas, data: current, rerender: () => result.rerender(view()) };
};

afterEach(cleanup);

describe('a field in the properties panel', () => {
  it('is labelled, so it can be found by its title', () => {
    renderField('character', 'name', { name: 'ANNA' });
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('ANNA');
  });

  it('writes a valid value to the document as it is typed', () => {
    const { data } = renderField('shot', 'lensMm', { lensMm: 35 });
    fireEvent.change(screen.getByLabelText('Lens (mm)'), { target: { value: '50' } });
    expect(data()['lensMm']).toBe(50);
  });

  it('keeps an invalid value on screen with its error, and out of the document', () => {
    const { data, canvas } = renderField('shot', 'lensMm', { lensMm: 35 });
    const input = screen.getByLabelText('Lens (mm)') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '2' } });
    expect(input.value).toBe('2');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Must be 4 or more');
    expect(data()['lensMm']).toBe(35);
    expect(canvas.doc.store.getState().canUndo).toBe(false);
  });

  it('reads blank as "derived" for a nullable number', () => {
    const { data } = renderField('shot', 'durationS', { durationS: 2.5 });
    fireEvent.change(screen.getByLabelText('Duration (s)'), { target: { value: '' } });
    expect(data()['durationS']).toBeNull();
  });

  it('does not snap a half-typed decimal back while typing', () => {
    const { rerender } = renderField('shot', 'durationS', { durationS: null });
    const input = screen.getByLabelText('Duration (s)') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '2.' } });
    rerender();
    expect(input.value).toBe('2.');
  });

  it('upper-cases a scene number as it is typed', () => {
    const { data } = renderField('scene', 'sceneNumber', {});
    fireEvent.change(screen.getByLabelText('Scene number'), { target: { value: '12a' } });
    expect(data()['sceneNumber']).toBe('12A');
  });

  it('adds and removes tags', () => {
    const { data, rerender } = renderField('character', 'aliases', { aliases: [] });
    const input = screen.getByLabelText('Aliases');
    fireEvent.change(input, { target: { value: 'ANNIE' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(data()['aliases']).toEqual(['ANNIE']);
    rerender();
    fireEvent.click(screen.getByRole('button', { name: 'Remove ANNIE' }));
    expect(data()['aliases']).toEqual([]);
  });

  it('edits an enum with a select of readable options', () => {
    const { data } = renderField('shot', 'angle', {});
    fireEvent.change(screen.getByLabelText('Angle'), { target: { value: 'worms_eye' } });
    expect(data()['angle']).toBe('worms_eye');
    expect(screen.getByRole('option', { name: 'Worm’s eye' })).toBeTruthy();
  });
});
