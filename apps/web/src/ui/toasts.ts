import { createStore } from 'zustand/vanilla';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  detail?: string;
  /** One button on the toast ("Undo"); choosing it dismisses the toast. */
  action?: { label: string; run(): void };
}

interface ToastState {
  toasts: Toast[];
}

/** App-wide notices (a refused connection, a failed delete). At most three at once. */
export const toastStore = createStore<ToastState>()(() => ({ toasts: [] }));

let nextId = 1;
const timers = new Map<number, ReturnType<typeof setTimeout>>();

export const dismissToast = (id: number) => {
  clearTimeout(timers.get(id));
  timers.delete(id);
  toastStore.setState((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
};

export const showToast = (toast: Omit<Toast, 'id'>, { durationMs = toast.action ? 10_000 : toast.tone === 'error' ? 6_000 : 3_500 } = {}): number => {
  const id = nextId++;
  toastStore.setState((state) => {
    // The same message twice in a row (a user retrying a refused drop) replaces the first.
    const others = state.toasts.filter((t) => !(t.title === toast.title && t.detail === toast.detail));
    for (const gone of state.toasts.filter((t) => !others.includes(t))) clearTimeout(timers.get(gone.id));
    return { toasts: [...others, { ...toast, id }].slice(-3) };
  });
  timers.set(id, setTimeout(() => dismissToast(id), durationMs));
  return id;
};
