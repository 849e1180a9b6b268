import { expect, type Page } from '@playwright/test';

const people = ['ANNA', 'BEN', 'CLARA', 'DMITRI', 'ELSA', 'FINN'];
const places = ['HARBOUR', 'LIGHTHOUSE', 'KITCHEN', 'FERRY', 'CHURCH', 'PUB', 'BEACH', 'CLIFF'];

/** A feature-length draft's shape: `scenes` numbered scenes, two speakers each, six characters, eight locations. */
export const longScreenplay = (scenes: number): string => {
  const lines = ['Title: The Long Tide', 'Author: Siobhán Ní Bhriain', '', 'FADE IN:', ''];
  for (let i = 1; i <= scenes; i++) {
    const [first, second] = [people[i % people.length]!, people[(i + 2) % people.length]!];
    lines.push(`${i % 3 ? 'INT' : 'EXT'}. ${places[i % places.length]} - ${i % 2 ? 'DAY' : 'NIGHT'} #${i}#`, '', `${first} waits by the door.`, '', first, 'Are you coming?', '', second, 'Not yet.', '');
  }
  return lines.join('\n');
};

/** Pastes a screenplay on the graph list (signed in) and waits for its canvas. */
export async function importScreenplay(page: Page, text: string): Promise<string> {
  await page.getByRole('button', { name: /^Paste (a )?screenplay$/ }).first().click();
  // The label lists the formats the box takes; only its start is held to.
  await page.getByLabel(/^Screenplay \(/).fill(text);
  await page.getByRole('button', { name: 'Import and open' }).click();
  await page.waitForURL(/\/graphs\/[^/]+$/);
  await expect(page.getByTestId('node-scene').first()).toBeVisible({ timeout: 30_000 });
  return new URL(page.url()).pathname.split('/').pop()!;
}
