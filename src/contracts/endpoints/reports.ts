import { defineEndpoint, keyed, rawResponse } from '../endpoint.js';
import { programmeReportDownloadQuery, programmeReportQuery, programmeReportSchema } from '../reports.js';

const tags = ['reports'];

/** The programme report (docs/reports.md): figures only, small counts hidden for the funder. */
export const reportEndpoints = keyed(
  defineEndpoint({
    method: 'GET',
    path: '/api/reports/programme',
    tags,
    summary: 'The programme in figures for a period (funder: small counts hidden)',
    query: programmeReportQuery,
    response: programmeReportSchema,
    policy: 'reports.programme',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/reports/programme/download',
    tags,
    summary: 'The programme report as XLSX or CSV',
    query: programmeReportDownloadQuery,
    response: rawResponse(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv; charset=utf-8',
    ),
    policy: 'reports.programme',
  }),
);
