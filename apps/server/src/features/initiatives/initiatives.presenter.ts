/** Initiatives as the API shows them (snake_case, Vietnam-time ISO instants). */
import {
  formatDateTime,
  toVietnamIso,
  type InitiativeDetail,
  type InitiativeStatus,
  type TransitionTarget,
} from '@sangkien/shared';
import type { EventRecord, InitiativeRecord } from './initiatives.repository.ts';

export const iso = (date: Date | string) => toVietnamIso(new Date(date));
export const isoOrNull = (date: Date | string | null) => (date === null ? null : iso(date));

export function presentPhaseWindow(phase: { code: string; name: string; startsAt: Date; endsAt: Date }) {
  return {
    code: phase.code,
    name: phase.name,
    starts_at: iso(phase.startsAt),
    ends_at: iso(phase.endsAt),
    ends_at_text: formatDateTime(phase.endsAt),
  };
}

export interface AttachmentRow {
  id: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
}

export function presentAttachment(code: string, a: AttachmentRow) {
  return {
    id: a.id,
    file_name: a.fileName,
    mime_type: a.mimeType,
    size_bytes: a.sizeBytes,
    created_at: iso(a.createdAt),
    url: `/api/v1/initiatives/${encodeURIComponent(code)}/attachments/${a.id}`,
  };
}

export interface DetailExtras {
  events: EventRecord[];
  attachments: AttachmentRow[];
  similar: Array<{ code: string; title: string; score: number }>;
  fieldComments: Record<string, string> | null;
  can: { edit: boolean; attach: boolean; transitions: TransitionTarget[] };
}

export function presentInitiative(record: InitiativeRecord, extras: DetailExtras): InitiativeDetail {
  const r = record.row;
  return {
    code: r.code,
    title: r.title,
    status: r.status as InitiativeStatus,
    form_kind: r.formKind as 'short' | 'full',
    confidentiality: r.confidentiality as InitiativeDetail['confidentiality'],
    phase: presentPhaseWindow(record.phase),
    unit: { code: record.unit.code, name: record.unit.name },
    field: record.field,
    problem: r.problem,
    solution: r.solution,
    benefit: r.benefit,
    benefit_vnd: r.benefitVnd,
    benefit_period: r.benefitPeriod as InitiativeDetail['benefit_period'],
    investor: r.investor,
    application_field: r.applicationField,
    first_applied_on: r.firstAppliedOn,
    confidential_info: r.confidentialInfo,
    application_conditions: r.applicationConditions,
    benefit_by_appliers: r.benefitByAppliers,
    first_appliers: (r.firstAppliers ?? null) as InitiativeDetail['first_appliers'],
    recognition_evidence: r.recognitionEvidence,
    award_info: r.awardInfo,
    showcase_consent: r.showcaseConsent,
    authors: record.authors.map((a) => ({
      member_code: a.memberCode,
      full_name: a.fullName,
      position: a.position,
      contribution_percent: a.contributionPercent,
      date_of_birth: a.dateOfBirth,
      workplace: a.workplace,
      job_title: a.jobTitle,
      qualification: a.qualification,
    })),
    entered_by: record.enteredBy,
    on_behalf: r.onBehalf,
    submitted_at: isoOrNull(r.submittedAt),
    status_changed_at: iso(r.statusChangedAt),
    created_at: iso(r.createdAt),
    updated_at: iso(r.updatedAt),
    version: r.version,
    field_comments: r.status === 'needs_revision' ? extras.fieldComments : null,
    attachments: extras.attachments.map((a) => presentAttachment(r.code, a)),
    history: extras.events.map((e) => ({
      at: iso(e.at),
      from: e.fromStatus as InitiativeStatus | null,
      to: e.toStatus as InitiativeStatus,
      by: e.by,
      reason: e.reason,
      field_comments: e.fieldComments,
      source: e.source,
    })),
    similar_to: extras.similar,
    can: extras.can,
  };
}
