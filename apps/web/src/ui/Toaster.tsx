import { useStore } from 'zustand';
import { AlertTriangle, CheckCircle2, Info, X } from 'lucide-react';
import { dismissToast, toastStore, type ToastTone } from './toasts.js';

const selectToasts = (state: { toasts: ReturnType<typeof toastStore.getState>['toasts'] }) => state.toasts;

const icons: Record<ToastTone, typeof Info> = { info: Info, success: CheckCircle2, error: AlertTriangle };

export const Toaster = () => {
  const toasts = useStore(toastStore, selectToasts);
  return (
    <div className="toaster" aria-live="polite">
      {toasts.map((toast) => {
        const Icon = icons[toast.tone];
        return (
          <div key={toast.id} className={`toast toast--${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'} data-testid="toast">
            <Icon size={16} className="toast__icon" aria-hidden />
            <div className="toast__body">
              <div className="toast__title">{toast.title}</div>
              {toast.detail && <div className="toast__detail">{toast.detail}</div>}
            </div>
            {toast.action && (
              <button
                type="button"
                className="button button--ghost toast__action"
                onClick={() => {
                  dismissToast(toast.id);
                  toast.action?.run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon-button icon-button--small" aria-label="Dismiss" onClick={() => dismissToast(toast.id)}>
              <X size={14} />
            </button>
          </div>
        );
      })}
    </div>
  );
};
