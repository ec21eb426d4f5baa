import type { Generated } from 'kysely';
import type { WebauthnPurpose } from '../contracts/auth-vocabulary.js';
import type { AuditOutcome, EmailStatus, Locale, Region, Role } from '../contracts/base-vocabulary.js';
import type {
  ApplicationChannel,
  ApplicationStage,
  CvSection,
  ReportStatus,
} from '../contracts/career-vocabulary.js';
import type { MatchRunStatus } from '../contracts/matching-vocabulary.js';
import type { OutcomeType } from '../contracts/outcome-vocabulary.js';
import type {
  Gender,
  IscedGroup,
  LabourMarketStatus,
  OptionalAnswer,
} from '../contracts/participant-facts-vocabulary.js';
import type {
  ContactChannel,
  EndReason,
  HealthRule,
  HealthState,
  MeetingKind,
  MeetingOrigin,
  MeetingStatus,
  PartnershipStatus,
  ResponseAnswer,
  Side,
} from '../contracts/partnership-vocabulary.js';
import type { PersonKind, PersonStatus } from '../contracts/people-vocabulary.js';
import type {
  InstrumentVersionStatus,
  QuestionnaireMoment,
  RespondentRole,
} from '../contracts/questionnaire-vocabulary.js';
import type {
  ModuleKind,
  RegistrationStatus,
  TrainingAudience,
  TrainingFormat,
} from '../contracts/training-vocabulary.js';

/**
 * Kysely table types. Portable across SQLite and PostgreSQL: ids are UUID text, times are ISO-8601
 * UTC text (sortable), booleans are integers 0/1, JSON is text (see docs/decisions/002). Status and
 * kind columns are typed with the word lists of contracts/*-vocabulary.ts (docs/decisions/009).
 */
export interface AssociationsTable {
  id: string;
  name: string;
  name_key: string;
  region: Region;
  city: string | null;
  contact_email: string | null;
  /** 1: sister associations of the region may match this association's mentors (the default). */
  shares_mentors: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: Role;
  association_id: string | null;
  password_hash: string | null;
  locale: Locale;
  /** Optional; shown to the participants this staff member coaches. */
  phone: string | null;
  totp_key: string | null;
  totp_last_counter: number | null;
  /** How many passkeys the account has (kept with the passkeys table, in the same transaction). */
  passkey_count: Generated<number>;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  two_factor_verified: number;
  ip: string | null;
  user_agent: string | null;
  /** When the person last proved again that it is them (password or second factor) in this session. */
  reauthenticated_at: string | null;
}

/** A passkey (WebAuthn credential): its public key (base64url COSE), signature counter and transports. */
export interface PasskeysTable {
  id: string;
  user_id: string;
  /** The credential id, base64url, as the authenticator names it. */
  credential_id: string;
  public_key: string;
  counter: number;
  /** JSON array of transports ("internal", "hybrid", "usb", ...). */
  transports: string;
  /** 'singleDevice' or 'multiDevice' (synced). */
  device_type: string;
  backed_up: number;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

/** A challenge handed out for one registration or sign-in ceremony; used once, short-lived. */
export interface WebauthnChallengesTable {
  id: string;
  purpose: WebauthnPurpose;
  user_id: string | null;
  session_id: string | null;
  challenge: string;
  expires_at: string;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface InvitationsTable {
  id: string;
  token_hash: string;
  email: string | null;
  role: Role;
  association_id: string | null;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_user_id: string | null;
  revoked_at: string | null;
}

export interface PasswordResetsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface SignInThrottlesTable {
  key: string;
  failures: number;
  last_failure_at: string;
  blocked_until: string | null;
}

export interface KnownDevicesTable {
  token_hash: string;
  user_id: string;
  created_at: string;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  outcome: AuditOutcome;
  request_id: string | null;
  ip: string | null;
  details: string | null;
}

/** One link of the tamper-evident audit chain (migration 0020). */
export interface AuditSealsTable {
  seq: number;
  event_id: number;
  key_id: string;
  hash: string;
  sealed_at: string;
}

export interface OutboxEmailsTable {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  status: EmailStatus;
  error: string | null;
  created_at: string;
  sent_at: string | null;
  /** JSON array of { filename, contentType, content } (calendar files). */
  attachments: string | null;
  /** When a sender claimed it ('sending'); a claim older than ten minutes is taken over (migration 0027). */
  claimed_at: string | null;
}

/** A request rate limit's window for one client (migration 0029): shared by servers on one database. */
export interface RateLimitHitsTable {
  key: string;
  /** Start of the window, milliseconds since 1970. */
  window_start: number;
  hits: number;
}

export interface Database {
  rate_limit_hits: RateLimitHitsTable;
  training_assignments: TrainingAssignmentsTable;
  cv_versions: CvVersionsTable;
  cv_comments: CvCommentsTable;
  cv_attachments: CvAttachmentsTable;
  sector_tips: SectorTipsTable;
  job_applications: JobApplicationsTable;
  job_application_stage_changes: JobApplicationStageChangesTable;
  job_application_feedback: JobApplicationFeedbackTable;
  discrimination_reports: DiscriminationReportsTable;
  associations: AssociationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  recovery_codes: RecoveryCodesTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  sign_in_throttles: SignInThrottlesTable;
  known_devices: KnownDevicesTable;
  audit_events: AuditEventsTable;
  audit_seals: AuditSealsTable;
  erasures: ErasuresTable;
  outbox_emails: OutboxEmailsTable;
  ref_occupations: RefOccupationsTable;
  ref_sectors: RefSectorsTable;
  ref_skills: RefSkillsTable;
  ref_postcodes: RefPostcodesTable;
  ref_data_versions: RefDataVersionsTable;
  ref_search_terms: RefSearchTermsTable;
  people: PeopleTable;
  person_languages: PersonLanguagesTable;
  person_name_grams: PersonNameGramsTable;
  person_status_changes: PersonStatusChangesTable;
  participant_facts: ParticipantFactsTable;
  consents: ConsentsTable;
  privacy_acceptances: PrivacyAcceptancesTable;
  applications: ApplicationsTable;
  match_runs: MatchRunsTable;
  match_blocks: MatchBlocksTable;
  matching_settings: MatchingSettingsTable;
  partnerships: PartnershipsTable;
  partnership_status_changes: PartnershipStatusChangesTable;
  meetings: MeetingsTable;
  meeting_private_notes: MeetingPrivateNotesTable;
  coach_contacts: CoachContactsTable;
  help_requests: HelpRequestsTable;
  questionnaires: QuestionnairesTable;
  questionnaire_responses: QuestionnaireResponsesTable;
  instruments: InstrumentsTable;
  instrument_versions: InstrumentVersionsTable;
  questionnaire_schedule: QuestionnaireScheduleTable;
  questionnaire_answers: QuestionnaireAnswersTable;
  training_modules: TrainingModulesTable;
  training_sessions: TrainingSessionsTable;
  training_registrations: TrainingRegistrationsTable;
  training_pages: TrainingPagesTable;
  training_page_reads: TrainingPageReadsTable;
  mentor_directory: MentorDirectoryTable;
  calendar_feeds: CalendarFeedsTable;
  job_claims: JobClaimsTable;
}

export interface RefOccupationsTable {
  code: string;
  kind: string;
  level: number;
  isco_code: string;
  parent_code: string | null;
  label_nl: string;
  label_fr: string;
  label_en: string;
  search_nl: string;
  search_fr: string;
  search_en: string;
}

export interface RefSectorsTable {
  code: string;
  level: number;
  parent_code: string | null;
  section: string;
  label_nl: string;
  label_fr: string;
  label_en: string;
  search_nl: string;
  search_fr: string;
  search_en: string;
}

export interface RefSkillsTable {
  uri: string;
  label_nl: string;
  label_fr: string;
  label_en: string;
  search_nl: string;
  search_fr: string;
  search_en: string;
}

export interface RefPostcodesTable {
  postal_code: string;
  place_name: string;
  region_code: string;
  province_code: string | null;
  latitude: number;
  longitude: number;
  search: string;
}

/** Search words of the reference lists (migration 0011): `list` is 'sector' or 'occupation'. */
export interface RefSearchTermsTable {
  list: string;
  word: string;
  lang: string;
  code: string;
  weight: number;
}

export interface RefDataVersionsTable {
  name: string;
  checksum: string;
  rows: number;
  loaded_at: string;
}

/** A mentee or mentor from their application on (JSON columns hold the forms' answers). */
export interface PeopleTable {
  id: string;
  kind: PersonKind;
  status: PersonStatus;
  association_id: string | null;
  region_code: string | null;
  user_id: string | null;
  first_name: string;
  last_name: string;
  search_name: string;
  email: string;
  phone: string | null;
  phone_key: string | null;
  locale: Locale;
  postcode: string | null;
  date_of_birth: string | null;
  sector_code: string | null;
  sector_section: string | null;
  eligible: number | null;
  eligibility_failed: string;
  application: string;
  assessment: string | null;
  intake: string | null;
  /** AES-256-GCM sealed JSON (migrant background details), only with consent. */
  sensitive: string | null;
  linked_applications: number;
  applied_at: string;
  status_changed_at: string;
  updated_at: string;
  /** Set when a mentee returns to the pool after a declined or early-ended partnership. */
  match_priority_since: string | null;
  /** The coach who follows the person from the intake on (took the application or planned the intake). */
  coach_id: string | null;
  /** Set when the person was erased (migration 0022): the row is an anonymous stub, hidden everywhere. */
  erased_at: string | null;
  /** While a legal duty keeps the minimum evidence (ESF+), the day that hold ends. */
  held_until: string | null;
}

/** The tombstone of an erasure (migration 0022): no personal data; re-applied after a restore. */
export interface ErasuresTable {
  person_id: string;
  erased_at: string;
  reason: string;
  held_until: string | null;
  hold_ended_at: string | null;
}

export interface PersonLanguagesTable {
  person_id: string;
  code: string;
}

/** The trigrams of a person's name (migration 0010), for typo-tolerant search. */
export interface PersonNameGramsTable {
  gram: string;
  person_id: string;
}

/** A mentee's ESF+ participant record (migration 0018, docs/participant-facts.md). */
export interface ParticipantFactsTable {
  person_id: string;
  gender: Gender | null;
  labour_market_status: LabourMarketStatus | null;
  /** 1 or 0; null when not asked (only the unemployed are asked). */
  long_term_unemployed: number | null;
  education: IscedGroup | null;
  entry_date: string | null;
  exit_date: string | null;
  /** Special-category answers: only with the consent `esf_special_categories`. */
  disability: OptionalAnswer | null;
  third_country_national: OptionalAnswer | null;
  housing_exclusion: OptionalAnswer | null;
  updated_at: string;
  updated_by: string | null;
}

export interface PersonStatusChangesTable {
  id: string;
  person_id: string;
  /** 1, 2, 3 ... per person: the order of the history even within one second. */
  seq: number;
  from_status: PersonStatus | null;
  to_status: PersonStatus;
  at: string;
  actor_id: string | null;
  reason_code: string | null;
  reason_text: string | null;
}

export interface ConsentsTable {
  id: string;
  person_id: string;
  kind: string;
  version: string;
  locale: string;
  given_at: string;
  withdrawn_at: string | null;
}

/** A version of the privacy text a signed-in person accepted (migration 0025). */
export interface PrivacyAcceptancesTable {
  id: string;
  user_id: string;
  version: string;
  locale: string;
  accepted_at: string;
}

export interface ApplicationsTable {
  id: string;
  person_id: string;
  kind: PersonKind;
  submitted_at: string;
  payload: string;
}

export interface MatchRunsTable {
  id: string;
  association_id: string | null;
  created_by: string | null;
  created_at: string;
  status: MatchRunStatus;
  matched: number;
  mentees_in_pool: number;
  /** JSON of the MatchRun contract: pairs, alternatives, unmatched, fairness. */
  result: string;
}

export interface MatchBlocksTable {
  mentee_id: string;
  mentor_id: string;
  reason: string;
  blocked_by: string | null;
  blocked_at: string;
}

export interface MatchingSettingsTable {
  id: string;
  weights: string;
  updated_by: string | null;
  updated_at: string;
}

export interface PartnershipsTable {
  id: string;
  mentee_id: string;
  mentor_id: string;
  association_id: string | null;
  /** The mentor's association when it is a sister of the mentee's (a shared mentor), else null. */
  mentor_association_id: string | null;
  run_id: string | null;
  status: PartnershipStatus;
  score: number | null;
  override_reason: string | null;
  proposed_by: string | null;
  proposed_at: string;
  updated_at: string;
  /** The coach who follows the pair (the one who proposed it, unless reassigned). */
  coach_id: string | null;
  introduced_at: string | null;
  mentee_response: ResponseAnswer | null;
  mentee_response_reason: string | null;
  mentee_responded_at: string | null;
  mentor_response: ResponseAnswer | null;
  mentor_response_reason: string | null;
  mentor_responded_at: string | null;
  started_at: string | null;
  planned_end_at: string | null;
  ended_at: string | null;
  end_reason: EndReason | null;
  end_reason_text: string | null;
  outcome: OutcomeType | null;
  /** JSON outcome details (contracts/outcome-vocabulary.ts), parsed with its schema. */
  outcome_details: string | null;
  /** Why the cycle was completed without a held evaluation meeting. */
  evaluation_skipped_reason: string | null;
  /** JSON { "YYYY-MM": held meetings } in Brussels months, rebuilt on every meeting change. */
  held_by_month: string | null;
  last_held_at: string | null;
  /** JSON array of the start times of planned, not yet logged meetings. */
  planned_starts: string | null;
  /** The health state the last coach alert decision remembered. */
  alerted_health: HealthState | null;
  /** Stored health (domain/cadence), exact until `health_until`; rank 0 off track .. 3 none. */
  health_state: HealthState | null;
  health_rule: HealthRule | null;
  health_details: string | null;
  health_rank: number | null;
  /** Within a rank the longest silent first: last held meeting, else start, else proposal. */
  health_sort: string | null;
  /** Until when the stored health is exact; '' when never computed. */
  health_until: Generated<string>;
}

export interface MeetingsTable {
  id: string;
  partnership_id: string;
  kind: MeetingKind;
  starts_at: string;
  duration_minutes: number;
  place: string | null;
  video_url: string | null;
  topic: string | null;
  application_id: string | null;
  status: MeetingStatus;
  planned_by: string | null;
  planned_at: string;
  logged_by: string | null;
  logged_at: string | null;
  held_minutes: number | null;
  /** JSON array of topic codes. */
  topics: string;
  shared_notes: string | null;
  updated_at: string;
  /** 'planned' (planned first, then logged) or 'recorded' (entered after it took place). */
  origin: Generated<MeetingOrigin>;
}

export interface MeetingPrivateNotesTable {
  meeting_id: string;
  author_id: string;
  text: string;
  updated_at: string;
}

export interface CoachContactsTable {
  id: string;
  partnership_id: string;
  side: Side;
  channel: ContactChannel;
  at: string;
  note: string | null;
  coach_id: string | null;
  created_at: string;
}

export interface HelpRequestsTable {
  id: string;
  partnership_id: string;
  side: Side;
  requested_by: string | null;
  message: string;
  created_at: string;
  handled_at: string | null;
  handled_by: string | null;
  handled_note: string | null;
}

export interface QuestionnairesTable {
  id: string;
  code: string;
  version: number;
  /** JSON of the instrument's items, as published. */
  items: string;
  created_at: string;
}

export interface QuestionnaireResponsesTable {
  id: string;
  questionnaire_id: string;
  partnership_id: string;
  side: Side;
  person_id: string;
  locale: Locale;
  answers: string;
  submitted_at: string;
}

/** A questionnaire instrument (docs/decisions/012); its title is JSON { nl?, fr?, en? }. */
export interface InstrumentsTable {
  id: string;
  code: string;
  title: string;
  built_in: number;
  created_at: string;
  created_by: string | null;
}

/** A version of an instrument: `languages` and `items` are JSON; a published row is never updated. */
export interface InstrumentVersionsTable {
  id: string;
  instrument_id: string;
  version: number;
  status: InstrumentVersionStatus;
  languages: string;
  items: string;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  published_by: string | null;
}

/** Which published version answers which moment for which role, per programme. */
export interface QuestionnaireScheduleTable {
  id: string;
  programme: string;
  moment: QuestionnaireMoment;
  respondent_role: RespondentRole;
  instrument_id: string;
  instrument_version_id: string;
  created_at: string;
  created_by: string | null;
}

/** One respondent's answers (JSON keyed by item id) to one version, for one occasion. */
export interface QuestionnaireAnswersTable {
  id: string;
  instrument_id: string;
  instrument_version_id: string;
  version: number;
  moment: QuestionnaireMoment;
  locale: Locale;
  respondent_role: RespondentRole;
  respondent_user_id: string;
  respondent_person_id: string | null;
  concerns_person_id: string;
  concerns_partnership_id: string | null;
  occasion: string;
  answers: string;
  submitted_at: string;
}

export interface PartnershipStatusChangesTable {
  id: string;
  partnership_id: string;
  from_status: PartnershipStatus | null;
  to_status: PartnershipStatus;
  at: string;
  actor_id: string | null;
  reason_text: string | null;
}

/** Titles, descriptions and goals are JSON objects { nl, fr, en } (goals: arrays per language). */
export interface TrainingModulesTable {
  id: string;
  code: string;
  audience: TrainingAudience;
  title: string;
  description: string;
  duration_minutes: number;
  format: TrainingFormat;
  languages: string;
  goals: string;
  required_for_matching: number;
  /** training | network_event (mentor network evenings, peer review); added by 0006. */
  kind: ModuleKind;
  created_at: string;
  updated_at: string;
}

export interface TrainingSessionsTable {
  id: string;
  module_id: string;
  starts_at: string;
  ends_at: string;
  place: string | null;
  video_url: string | null;
  trainer: string;
  capacity: number;
  language: string;
  created_at: string;
}

/** registered | waitlisted | cancelled | attended | absent */
export interface TrainingRegistrationsTable {
  id: string;
  session_id: string;
  person_id: string;
  status: RegistrationStatus;
  registered_at: string;
  registered_by: string | null;
  updated_at: string;
}

/** A self-study page of a module: title and sanitised HTML body as JSON { nl, fr, en }. */
export interface TrainingPagesTable {
  id: string;
  module_id: string;
  position: number;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface TrainingPageReadsTable {
  page_id: string;
  person_id: string;
  read_at: string;
}

/** A mentor who opted in to the directory of mentors, with the line they wrote. */
export interface MentorDirectoryTable {
  person_id: string;
  line: string;
  listed_at: string;
  updated_at: string;
}

/** One personal calendar feed per user; the token is stored hashed (lookup) and sealed (to show again). */
export interface CalendarFeedsTable {
  user_id: string;
  token_hash: string;
  token_sealed: string;
  created_at: string;
}

/** A scheduled job's action that happened once (e.g. `training-reminder:<registration id>`). */
export interface JobClaimsTable {
  key: string;
  claimed_at: string;
}

/** One immutable version of a mentee's CV; `content` is the JSON of the CvContent contract. */
export interface CvVersionsTable {
  id: string;
  person_id: string;
  /** 1, 2, 3 ... per mentee; the highest is the current CV. */
  number: number;
  content: string;
  created_by: string | null;
  created_at: string;
}

/** A comment on one section (or one item of a section) of a CV version; the mentee marks it done. */
export interface CvCommentsTable {
  id: string;
  person_id: string;
  cv_version_id: string;
  section: CvSection;
  item_index: number | null;
  body: string;
  author_id: string | null;
  author_role: string;
  created_at: string;
  done_at: string | null;
  done_by: string | null;
}

/** An uploaded CV document (PDF or DOCX); the bytes are a BLOB (SQLite) or bytea (PostgreSQL). */
export interface CvAttachmentsTable {
  id: string;
  person_id: string;
  cv_version_id: string;
  file_name: string;
  content_type: string;
  size: number;
  data: Uint8Array;
  uploaded_by: string | null;
  uploaded_at: string;
}

/** A tip for one NACE section (A..U); `text` is JSON { nl, fr, en }. */
export interface SectorTipsTable {
  id: string;
  section: string;
  text: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A job application a mentee tracks; stage: applied | interview | offer | hired | rejected. */
export interface JobApplicationsTable {
  id: string;
  person_id: string;
  employer: string;
  role: string;
  applied_on: string;
  channel: ApplicationChannel;
  stage: ApplicationStage;
  next_step: string | null;
  next_step_on: string | null;
  cv_version_number: number | null;
  attachment_id: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface JobApplicationStageChangesTable {
  id: string;
  application_id: string;
  seq: number;
  from_stage: ApplicationStage | null;
  to_stage: ApplicationStage;
  at: string;
  actor_id: string | null;
}

export interface JobApplicationFeedbackTable {
  id: string;
  application_id: string;
  body: string;
  author_id: string | null;
  author_role: string;
  created_at: string;
}

/** A mentee's discrimination report; `sealed` is the AES-256-GCM sealed JSON { whatHappened, grounds }. */
export interface DiscriminationReportsTable {
  id: string;
  person_id: string;
  application_id: string | null;
  occurred_on: string;
  sealed: string;
  /** open | handled */
  status: ReportStatus;
  created_at: string;
  handled_at: string | null;
  handled_by: string | null;
  handled_note_sealed: string | null;
}

/** A module a coach assigned to a person. */
export interface TrainingAssignmentsTable {
  person_id: string;
  module_id: string;
  assigned_by: string | null;
  assigned_at: string;
}
