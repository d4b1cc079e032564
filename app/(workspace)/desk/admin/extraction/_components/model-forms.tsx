'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Hidden } from '@/components/forms/field';
import { activateExtractionModelAction, retrainExtractionModelAction } from '../actions';

export function RetrainForm() {
  return (
    <ActionForm
      action={retrainExtractionModelAction}
      submitLabel="Retrain on the desk’s decisions"
      pendingLabel="Training…"
      testId="retrain-form"
    >
      <p className="text-sm text-stone-700">
        Trains a candidate from the active model on four in five decisions and measures it on the fifth. It is
        not used until you activate it.
      </p>
    </ActionForm>
  );
}

/** `modelId` empty goes back to the shipped model. */
export function ActivateForm({ modelId, label }: { modelId: string; label: string }) {
  return (
    <ActionForm
      action={activateExtractionModelAction}
      submitLabel={label}
      variant="secondary"
      testId={`activate-${modelId || 'shipped'}`}
    >
      <Hidden name="modelId" value={modelId} />
    </ActionForm>
  );
}
