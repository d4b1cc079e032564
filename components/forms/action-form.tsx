'use client';

import { createContext, useActionState, useContext } from 'react';
import { idleState, type ActionState } from '@/lib/action-state';
import { Button } from '@/components/ui/button';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const FormState = createContext<{ state: ActionState; pending: boolean }>({ state: idleState, pending: false });

export function useFormField(name: string) {
  const { state } = useContext(FormState);
  return {
    errors: state.fieldErrors?.[name],
    // After a rejected submit the form shows what the editor typed, not the stored value.
    echoed: state.status === 'error' ? state.values?.[name] : undefined,
  };
}

/** The last result of the surrounding form's action, for children that show more than a message. */
export function useFormResult(): ActionState {
  return useContext(FormState).state;
}

/** A form bound to a Server Action: per-field errors, a message, and a pending state on submit. */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel = 'Saving…',
  variant = 'primary',
  children,
  className = 'space-y-4',
  testId,
}: {
  action: Action;
  submitLabel: string;
  pendingLabel?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  children?: React.ReactNode;
  className?: string;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate className={className} data-testid={testId}>
      <FormState value={{ state, pending }}>{children}</FormState>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        {state.message && (
          <p
            role={state.status === 'error' ? 'alert' : 'status'}
            data-testid={state.status === 'error' ? 'form-error' : 'form-success'}
            className={`text-sm ${state.status === 'error' ? 'font-medium text-red-800' : 'text-emerald-800'}`}
          >
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
