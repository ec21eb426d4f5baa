import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CallInput, type CallResult, callApi } from '../../api/call-api';

/** The spreadsheet sent to both import endpoints (from their declaration). */
export type ImportFile = CallInput<'POST /api/people/import/validate'>['body'];
/** The dry run's answer: columns, mapping, a sample and every row problem. */
export type ImportCheck = CallResult<'POST /api/people/import/validate'>;
export type ImportRowError = ImportCheck['errors'][number];

/** Reads a chosen file as base64 (without the data: prefix), as the import endpoints take it. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = typeof reader.result === 'string' ? reader.result : '';
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** Dry run: columns, proposed mapping, a sample and every row problem; nothing is written. */
export function useValidateImport() {
  return useMutation({
    mutationFn: (file: ImportFile) => callApi('POST /api/people/import/validate', { body: file }),
  });
}

/** Writes all rows, or none when any row is wrong (400 import.invalid with the row errors). */
export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: ImportFile) => callApi('POST /api/people/import/commit', { body: file }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['caseload'] }),
  });
}
