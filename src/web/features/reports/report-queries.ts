import { useQuery } from '@tanstack/react-query';
import type { ReportGrouping } from '../../../contracts/report-vocabulary';
import { type CallInput, callApi } from '../../api/call-api';
import { withQuery } from '../../api/client';

export interface ReportParams {
  from: string;
  to: string;
  by: ReportGrouping;
  lang: NonNullable<CallInput<'GET /api/reports/programme'>['query']['lang']>;
}

/** The programme report for a period and grouping (funder: small counts hidden; docs/reports.md). */
export function useProgrammeReport(params: ReportParams) {
  return useQuery({
    queryKey: ['programme-report', params],
    queryFn: () => callApi('GET /api/reports/programme', { query: params }),
  });
}

/** The same report as a file (the browser downloads it). */
export function reportDownloadHref(params: ReportParams, format: 'csv' | 'xlsx'): string {
  return withQuery('/api/reports/programme/download', { ...params, format });
}
