import type { DialogueLine } from './dialogue.js';

// Heard, not seen: the actor records the line (or plays it off set) rather than stands in the scene.
// (O.S.) and (O.C.) are not here: off camera, but on the set.
const VOICE_ONLY = new Set([
  'VO',
  'V/O',
  'VOICE OVER',
  'VOICE-OVER',
  'PRE-LAP',
  'PRELAP',
  'ON PHONE',
  'ON THE PHONE',
  'OVER PHONE',
  'OVER THE PHONE',
  'INTO PHONE',
  'INTO THE PHONE',
  'PHONE',
  'ON RADIO',
  'ON THE RADIO',
  'OVER RADIO',
  'OVER THE RADIO',
  'INTO RADIO',
  'RADIO',
  'ON TV',
  'ON THE TV',
  'ON TELEVISION',
  'FILTERED',
  'ON SPEAKER',
  'ON SPEAKERPHONE',
  'OVER INTERCOM',
  'ON INTERCOM',
  'INTERCOM',
  'VOZ EN OFF',
  'VOIX OFF',
  // Russian: за кадром (behind the frame), as З.К. or ЗК.
  'ЗК',
  'ЗА КАДРОМ',
]);

// Compared without dots or case (V.O., VO, v.o.); a parenthetical gives it as one of its parts: "(into phone, quietly)".
const saysVoiceOnly = (text: string): boolean =>
  text.split(/[,;]/).some((part) => VOICE_ONLY.has(part.replace(/\./g, '').replace(/\s+/g, ' ').trim().toUpperCase()));

/** True when a line is heard and not seen: (V.O.), (ON PHONE), (PRE-LAP), (FILTERED), (into phone) … */
export const isVoiceOnlyLine = (line: DialogueLine): boolean =>
  line.extensions.some(saysVoiceOnly) || saysVoiceOnly(line.parenthetical);

// A device that speaks (RADIO, CAR RADIO, TANNOY, ANSWERPHONE): its words are a recording or played off set, whatever
// the action shows of it ("A radio crackles" is the prop). The cue's last word says what it is; a person named
// after one (TV NEWSREADER) is not a device.
const DEVICES = new Set([
  'RADIO',
  'TV',
  'TELEVISION',
  'TANNOY',
  'LOUDSPEAKER',
  'MEGAPHONE',
  'INTERCOM',
  'PA',
  'SPEAKERPHONE',
  'PHONE',
  'TELEPHONE',
  'VOICEMAIL',
  'ANSWERPHONE',
  'ANSWERING MACHINE',
  'ANSWER MACHINE',
  'MESSAGE MACHINE',
  'WALKIE',
  'WALKIE-TALKIE',
  'SCANNER',
  'GPS',
  'SATNAV',
  'RECORDING',
  'TAPE',
  'JUKEBOX',
]);

// A cue that is a voice (VOICE, MALE VOICE, A WOMAN'S VOICE, VOICES): whoever it is, the script shows nobody, only a
// voice heard — on the phone in The Last Birthday Card, where the action says "The voice on the line".
const VOICES = new Set(['VOICE', 'VOICES']);

/** True when a cue names a device that speaks (RADIO, CAR RADIO, TANNOY, MESSAGE MACHINE) or a voice (MALE VOICE), not a person seen. */
export const isDeviceVoice = (speaker: string): boolean => {
  const words = speaker.replace(/\./g, '').trim().toUpperCase().split(/\s+/);
  return DEVICES.has(words.at(-1) ?? '') || DEVICES.has(words.slice(-2).join(' ')) || VOICES.has(words.at(-1) ?? '');
};
