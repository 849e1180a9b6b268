import { describe, expect, it } from 'vitest';
import { whyNotScreenplay } from './screenplay-check.js';

describe('whyNotScreenplay', () => {
  it('refuses a text without a scene heading, naming what was given', () => {
    expect(whyNotScreenplay('Notes for the next draft: make Maeve kinder.')).toMatch(/^This text has no scene headings \(INT\. \/ EXT\.\)/);
    expect(whyNotScreenplay('Title: Salt\n\nJust a title page.', 'salt.fountain')).toMatch(/^salt\.fountain has no scene headings/);
  });

  it('accepts a screenplay, also one copied out of a PDF with numbered headings', () => {
    expect(whyNotScreenplay('EXT. BEACH - DAWN\n\nZOË walks.')).toBeNull();
    expect(whyNotScreenplay('1    EXT. PIER - DAWN    1\n\n     Fog.')).toBeNull();
  });
});
