import { z } from 'zod';
import { localeSchema } from '../common.js';
import { defineEndpoint, keyed } from '../endpoint.js';
import {
  codeLabelsQuery,
  referenceListResponse,
  referenceSearchQuery,
  sectorSearchQuery,
} from '../reference.js';

const tags = ['reference data'];
const policy = 'reference.search';
const langQuery = z.strictObject({ lang: localeSchema.default('nl') });

/** Public search over occupations, sectors, skills and postcodes (the application forms need them). */
export const referenceEndpoints = keyed(
  defineEndpoint({
    method: 'GET',
    path: '/api/reference/occupations',
    tags,
    summary: 'ESCO occupations',
    query: referenceSearchQuery,
    response: referenceListResponse,
    policy,
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/reference/sectors',
    tags,
    summary: 'NACE sections and divisions',
    query: sectorSearchQuery,
    response: referenceListResponse,
    policy,
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/reference/labels',
    tags,
    summary: 'The words for up to 50 sector or occupation codes in one language',
    query: codeLabelsQuery,
    response: referenceListResponse,
    policy,
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/reference/sector-labels',
    tags,
    summary: 'The name of every NACE section and division in one language',
    query: langQuery,
    response: referenceListResponse,
    policy,
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/reference/occupation-group-labels',
    tags,
    summary: 'The name of every ISCO-08 occupation group in one language',
    query: langQuery,
    response: referenceListResponse,
    policy,
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/reference/skills',
    tags,
    summary: 'ESCO transversal skills',
    query: referenceSearchQuery,
    response: referenceListResponse,
    policy,
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/reference/postcodes',
    tags,
    summary: 'Belgian postcodes',
    query: referenceSearchQuery,
    response: referenceListResponse,
    policy,
  }),
);
