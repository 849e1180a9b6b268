const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "just now", "5 minutes ago", "yesterday". */
export const formatRelativeTime = (iso: string, now: number = Date.now()): string => {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '—';
  let delta = (time - now) / 1000;
  if (Math.abs(delta) < 45) return 'just now';
  for (const [unit, size] of steps) {
    if (Math.abs(delta) < size) return relative.format(Math.round(delta), unit);
    delta /= size;
  }
  return absolute.format(time);
};

export const formatDateTime = (iso: string): string => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : absolute.format(time);
};

export const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

const timeOfDay = new Intl.DateTimeFormat('en', { timeStyle: 'short' });
const dayAndTime = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

/** When a run started, as short as is clear: "2:02 PM" today, "Nov 21, 2:02 PM" another day. */
export const formatRunTime = (iso: string, now: number = Date.now()): string => {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '—';
  return new Date(time).toDateString() === new Date(now).toDateString() ? timeOfDay.format(time) : dayAndTime.format(time);
};
