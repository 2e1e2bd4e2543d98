import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';

/**
 * The consultation as a FHIR R4 Encounter, saved as a JSON file. (The API needs the staff token,
 * so a plain link would not do.)
 */
export const FhirRecordButton = ({ consultationId, token }: { consultationId: string; token: string }) => {
  const { t } = useTranslation('dashboard');
  const [problem, setProblem] = useState<string>();
  const save = async () => {
    try {
      const encounter = await call(operations.encounter, { params: { id: consultationId }, token });
      const url = URL.createObjectURL(new Blob([JSON.stringify(encounter, null, 2)], { type: 'application/fhir+json' }));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `encounter-${consultationId}.json`;
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setProblem(undefined);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : t('fhir.couldNotFetch'));
    }
  };
  return (
    <span>
      <button className="button button--quiet button--small" type="button" onClick={() => void save()} aria-label={t('fhir.label', { id: consultationId })}>
        {t('fhir.button')}
      </button>
      {problem && (
        <span className="field__error" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
};
