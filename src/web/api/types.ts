import type { z } from 'zod';
import type { associationSchema, createAssociationRequest } from '../../contracts/associations';
import type { auditEventSchema, auditPage } from '../../contracts/audit';
import type {
  invitationInfoResponse,
  recoveryCodesResponse,
  SessionState,
  sessionResponse,
} from '../../contracts/auth';
import type { Locale, Role } from '../../contracts/common';
import type { healthResponse } from '../../contracts/health';
import type {
  alternativeSchema,
  confirmRequest,
  confirmResponse,
  criterionScoreSchema,
  fairnessSchema,
  matchRunSchema,
  proposedPairSchema,
  unmatchedSchema,
} from '../../contracts/matching';
import type { outboxEmailSchema } from '../../contracts/outbox';
import type {
  completeRequest,
  evaluationFormSchema,
  followUpSchema,
  healthRowSchema,
  healthSchema,
  homeSchema,
  meetingSchema,
  partnershipSchema,
  todoItemSchema,
} from '../../contracts/partnerships';
import type {
  applicationReceipt,
  assessmentRequest,
  decisionRequest,
  menteeApplicationRequest,
  mentorApplicationRequest,
  personDetailSchema,
  personPage,
  personSummarySchema,
  sensitiveDataResponse,
} from '../../contracts/people';
import type { referenceItemSchema, referenceListResponse } from '../../contracts/reference';
import type { invitationSchema, userPage, userSummarySchema } from '../../contracts/staff';
import type {
  createModuleRequest,
  createSessionRequest,
  moduleSchema,
  registrationSchema,
  sessionDetailResponse,
  sessionSchema,
  trainingPathResponse,
} from '../../contracts/training';
import type { pageRequest, pageWriteResponse, trainingPageSchema } from '../../contracts/training-material';
import type { missingTrainingPage, overviewResponse } from '../../contracts/training-overview';

/** Response and request shapes, inferred from the shared zod contracts (types only, no runtime zod). */
export type { Locale, Role, SessionState };
export type SessionResponse = z.infer<typeof sessionResponse>;
export type CurrentUser = SessionResponse['user'];
export type RecoveryCodes = z.infer<typeof recoveryCodesResponse>;
export type InvitationInfo = z.infer<typeof invitationInfoResponse>;
export type Health = z.infer<typeof healthResponse>;
export type Association = z.infer<typeof associationSchema>;
export type AssociationInput = z.input<typeof createAssociationRequest>;
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditPage = z.infer<typeof auditPage>;
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;
export type UserSummary = z.infer<typeof userSummarySchema>;
export type UserPage = z.infer<typeof userPage>;
export type Invitation = z.infer<typeof invitationSchema>;
export type StaffRole = 'admin' | 'coach' | 'funder';
export type MenteeApplicationInput = z.input<typeof menteeApplicationRequest>;
export type MentorApplicationInput = z.input<typeof mentorApplicationRequest>;
export type ApplicationReceipt = z.infer<typeof applicationReceipt>;
export type ReferenceItem = z.infer<typeof referenceItemSchema>;
export type ReferenceList = z.infer<typeof referenceListResponse>;
export type PersonSummary = z.infer<typeof personSummarySchema>;
export type PersonPage = z.infer<typeof personPage>;
export type PersonDetail = z.infer<typeof personDetailSchema>;
export type SensitiveData = z.infer<typeof sensitiveDataResponse>;
export type AssessmentInput = z.input<typeof assessmentRequest>;
export type DecisionInput = z.input<typeof decisionRequest>;
export type SpokenLanguage = MenteeApplicationInput['languages'][number];
export type TrainingNeed = AssessmentInput['trainingNeeds'][number];
export type EligibilityRule = PersonDetail['eligibilityFailed'][number];
export type CriterionScore = z.infer<typeof criterionScoreSchema>;
export type CriterionName = CriterionScore['criterion'];
export type MatchAlternative = z.infer<typeof alternativeSchema>;
export type ProposedPair = z.infer<typeof proposedPairSchema>;
export type UnmatchedMentee = z.infer<typeof unmatchedSchema>;
export type Fairness = z.infer<typeof fairnessSchema>;
export type MatchRun = z.infer<typeof matchRunSchema>;
export type ConfirmInput = z.input<typeof confirmRequest>;
export type ConfirmResult = z.infer<typeof confirmResponse>;
export type TrainingModule = z.infer<typeof moduleSchema>;
export type TrainingModuleInput = z.input<typeof createModuleRequest>;
export type TrainingAudience = TrainingModule['audience'];
export type TrainingFormat = TrainingModule['format'];
export type TrainingSession = z.infer<typeof sessionSchema>;
export type TrainingSessionInput = z.input<typeof createSessionRequest>;
export type TrainingRegistration = z.infer<typeof registrationSchema>;
export type RegistrationStatus = TrainingRegistration['status'];
export type Partnership = z.infer<typeof partnershipSchema>;
export type PartnershipHealth = z.infer<typeof healthSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type CompleteInput = z.input<typeof completeRequest>;
export type HealthRow = z.infer<typeof healthRowSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type TodoItem = z.infer<typeof todoItemSchema>;
export type EvaluationForm = z.infer<typeof evaluationFormSchema>;
export type EvaluationItem = EvaluationForm['items'][number];
export type EvaluationAnswers = Record<string, string | number | boolean>;
export type ParticipantHome = z.infer<typeof homeSchema>;
export type DueItem = ParticipantHome['due'][number];
export type TrainingSessionDetail = z.infer<typeof sessionDetailResponse>;
export type TrainingPath = z.infer<typeof trainingPathResponse>;
export type TrainingPathStep = TrainingPath['items'][number];
export type TrainingPage = z.infer<typeof trainingPageSchema>;
export type PageInput = z.input<typeof pageRequest>;
export type PageWriteResult = z.infer<typeof pageWriteResponse>;
export type TrainingOverview = z.infer<typeof overviewResponse>;
export type MissingTrainingPage = z.infer<typeof missingTrainingPage>;
