import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface ImportFile {
  kind: 'mentee' | 'mentor';
  fileName: string;
  contentBase64: string;
  mapping?: Record<string, string | null>;
}

export interface ImportRowError {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface ImportCheck {
  columns: string[];
  mapping: Record<string, string | null>;
  fields: { name: string; required: boolean }[];
  totalRows: number;
  sample: Record<string, string>[];
  errors: ImportRowError[];
  valid: boolean;
}

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
    mutationFn: (file: ImportFile) => api.post<ImportCheck>('/api/people/import/validate', file),
  });
}

/** Writes all rows, or none when any row is wrong (400 import.invalid with the row errors). */
export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: ImportFile) => api.post<{ imported: number }>('/api/people/import/commit', file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['caseload'] }),
  });
}
