'use client';

import { createContext, useActionState, useContext, useEffect, useRef, useState } from 'react';
import { unstable_rethrow } from 'next/navigation';
import { ACTION_BODY_LIMIT_BYTES, formDataBytes } from '@/lib/action-body-limit';
import { idleState, type ActionState } from '@/lib/action-state';
import { Button } from '@/components/ui/button';
import { submissionKeys } from './submission-keys';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const FormState = createContext<{ state: ActionState; pending: boolean }>({
  state: idleState,
  pending: false,
});

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

const valuesOf = (formData: FormData) =>
  Object.fromEntries(
    [...formData].filter(
      (e): e is [string, string] => typeof e[1] === 'string' && !e[0].startsWith('$ACTION'),
    ),
  );
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The form's call to its Server Action, with the failures that never reach the action turned into
 * messages that keep the input: a body over the size limit (Next would answer a bare 500) and a
 * server or network that did not answer.
 */
function guarded(action: Action, keys: ReturnType<typeof submissionKeys>): Action {
  return async (previous, formData) => {
    formData.set('idempotencyKey', keys.for(formData));
    const bytes = formDataBytes(formData);
    if (bytes > ACTION_BODY_LIMIT_BYTES) {
      return {
        status: 'error',
        message: `Too large to send: this form holds ${megabytes(bytes)} and the limit is ${megabytes(ACTION_BODY_LIMIT_BYTES)}. Shorten the text; it is still here.`,
        values: valuesOf(formData),
      };
    }
    try {
      const state = await action(previous, formData);
      if (state.status === 'ok') keys.succeeded();
      return state;
    } catch (error) {
      unstable_rethrow(error);
      return {
        status: 'error',
        message: 'Couldn’t save — the server did not answer; your text is still here. Try again in a moment.',
        values: valuesOf(formData),
      };
    }
  };
}

/**
 * A form bound to a Server Action: per-field errors, a message, and a pending state on submit (the
 * button is disabled while saving). Each submission carries an idempotency key (submission-keys.ts),
 * so the same submission arriving twice is stored once.
 */
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
  const [keys] = useState(submissionKeys);
  const [state, formAction, pending] = useActionState(guarded(action, keys), idleState);
  const result = useRef<HTMLParagraphElement>(null);
  // Keyboard and screen-reader users land on what happened instead of staying on the button.
  useEffect(() => {
    if (state !== idleState) result.current?.focus();
  }, [state]);
  return (
    <form action={formAction} noValidate className={className} data-testid={testId}>
      <FormState value={{ state, pending }}>{children}</FormState>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        {state.message && (
          <p
            ref={result}
            tabIndex={-1}
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
