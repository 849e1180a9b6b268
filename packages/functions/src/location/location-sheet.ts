import { jsonArtifact, markdownArtifact } from '../artifacts.js';
import { sentence, softenCaps } from '../format.js';
import { deriveSeed } from '../seed.js';
import type { JsonValue, NodeFunction } from '../types.js';
import { toLocationRef, type LocationRef } from './location-ref.js';

const INTERIOR: Record<LocationRef['intExt'], string> = { INT: 'interior', EXT: 'exterior', 'INT/EXT': 'interior and exterior' };

/** "Establishing view, exterior, brick's patio, part of house. A sunlit deck. Look: …" */
export const locationReferencePrompt = (location: LocationRef): string =>
  [
    sentence(['Establishing view', INTERIOR[location.intExt], softenCaps(location.name), location.parent ? `part of ${softenCaps(location.parent)}` : '']),
    location.description ? `${location.description}.` : '',
    location.lookNotes ? `Look: ${location.lookNotes}.` : '',
    'No people.',
  ]
    .filter((part) => part !== '')
    .join(' ');

const renderMarkdown = (location: LocationRef, address: string, prompt: string): string => {
  const rows = [
    `# ${location.name || 'Unnamed location'}`,
    '',
    `- INT / EXT: ${location.intExt}`,
    ...(location.parent ? [`- Part of: ${location.parent}`] : []),
    ...(address ? [`- Set / address: ${address}`] : []),
    '',
    ...(location.description ? ['## Description', '', `${location.description}.`, ''] : []),
    ...(location.timeOfDayNotes ? ['## Time of day', '', `${location.timeOfDayNotes}.`, ''] : []),
    ...(location.lookNotes ? ['## Look', '', `${location.lookNotes}.`, ''] : []),
    '## Reference prompt',
    '',
    prompt,
  ];
  return `${rows.join('\n')}\n`;
};

/**
 * Location → `locationSheet`: the normalised description on the `location` port (what
 * Scenes and Shots read), and a sheet with a reference prompt for a location plate and
 * its seed, as JSON and Markdown.
 */
export const locationSheet: NodeFunction<'location'> = {
  name: 'locationSheet',
  nodeType: 'location',
  version: 1,
  description: 'Normalised location description and a reference prompt for a location plate.',
  async run({ node }, { signal }) {
    signal.throwIfAborted();
    const location = toLocationRef(node.id, node.data);
    const referencePrompt = locationReferencePrompt(location);
    const address = node.data.address.trim();
    const sheet: { [key: string]: JsonValue } = { ...location, address, referencePrompt, seed: node.data.seed ?? deriveSeed(node.id, 'location') };
    return {
      outputs: { location, sheet },
      artifacts: [jsonArtifact('location.json', sheet), markdownArtifact('location.md', renderMarkdown(location, address, referencePrompt))],
    };
  },
};
