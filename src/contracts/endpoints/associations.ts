import {
  associationListQuery,
  associationPage,
  associationSchema,
  createAssociationRequest,
  mentorSharingRequest,
  updateAssociationRequest,
} from '../associations.js';
import { defineEndpoint, idParams, keyed } from '../endpoint.js';

const tags = ['associations'];

export const associationEndpoints = keyed(
  defineEndpoint({
    method: 'GET',
    path: '/api/associations',
    tags,
    summary: 'Associations (a coach sees their own)',
    query: associationListQuery,
    response: associationPage,
    policy: 'associations.list',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/associations',
    tags,
    summary: 'Add an association',
    body: createAssociationRequest,
    status: 201,
    response: associationSchema,
    policy: 'associations.create',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/associations/:id',
    tags,
    summary: 'One association',
    params: idParams,
    response: associationSchema,
    policy: 'associations.read',
  }),
  defineEndpoint({
    method: 'PATCH',
    path: '/api/associations/:id',
    tags,
    summary: 'Change an association',
    params: idParams,
    body: updateAssociationRequest,
    response: associationSchema,
    policy: 'associations.update',
  }),
  defineEndpoint({
    method: 'PUT',
    path: '/api/associations/:id/mentor-sharing',
    tags,
    summary: "Let sister associations of the region match this association's mentors, or not",
    params: idParams,
    body: mentorSharingRequest,
    response: associationSchema,
    policy: 'associations.mentor_sharing',
  }),
);
