-- Issue 15: the case as the legal record. Journal notes and documents (notatpligt), decisions
-- (afgørelser) with consent, the child's view and the hearing, the children and youth committee's
-- path (§ 47, with the chair's provisional decision), and the letters each decision produces.
-- Nothing here is ever updated by a caseworker except what the law lets change afterwards (a
-- hearing's answer, a provisional decision's confirmation, a letter's new version).

-- ---- journal: notes and documents on a case or on a concern -----------------------------------
create sequence journal_note_seq start with 1 increment by 50;
create table journal_note (
    id           bigint        primary key,
    case_id      bigint        references child_case (id),
    concern_id   bigint        references concern (id),
    kind         varchar(20)   not null,
    occurred_on  date          not null,
    note_text    varchar(20000) not null,
    -- a correction is a new note pointing to the one it corrects; the old one stays as it was
    corrects_id  bigint        references journal_note (id),
    written_by   varchar(64)   not null,
    written_at   timestamp with time zone not null,
    constraint journal_note_one_subject check ((case_id is null and concern_id is not null) or (case_id is not null and concern_id is null))
);
create index journal_note_case on journal_note (case_id);
create index journal_note_concern on journal_note (concern_id);

create sequence journal_document_seq start with 1 increment by 50;
create table journal_document (
    id            bigint        primary key,
    case_id       bigint        references child_case (id),
    concern_id    bigint        references concern (id),
    title         varchar(200),
    file_name     varchar(255),
    -- sniffed from the content, never the caller's claim
    content_type  varchar(120)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    uploaded_by   varchar(64)   not null,
    uploaded_at   timestamp with time zone not null,
    constraint journal_document_one_subject check ((case_id is null and concern_id is not null) or (case_id is not null and concern_id is null))
);
create index journal_document_case on journal_document (case_id);
create index journal_document_concern on journal_document (concern_id);

-- the bytes apart, so listing a case's documents never reads them
create table journal_document_content (
    document_id  bigint  primary key references journal_document (id),
    content      bytea   not null
);

-- ---- decisions ---------------------------------------------------------------------------------
create sequence decision_hearing_seq start with 1 increment by 50;
create table decision_hearing (
    id             bigint        primary key,
    case_id        bigint        not null references child_case (id),
    -- what the parties are heard about (personal data: in the domain only)
    subject        varchar(20000) not null,
    sent_on        date          not null,
    answer_due_on  date          not null,
    answered_on    date,
    answer         varchar(20000),
    sent_by        varchar(64)   not null,
    answer_recorded_by varchar(64),
    created_at     timestamp with time zone not null
);
create index decision_hearing_case on decision_hearing (case_id);

-- § 47: the caseworker's submission (indstilling) to the children and youth committee
create sequence committee_submission_seq start with 1 increment by 50;
create table committee_submission (
    id                    bigint        primary key,
    case_id               bigint        not null references child_case (id),
    measure_id            bigint,
    submission            varchar(20000) not null,
    prepared_by           varchar(64)   not null,
    prepared_on           date          not null,
    legal_aid_offered_on  date          not null,
    committee_meeting_on  date,
    created_at            timestamp with time zone not null
);
create index committee_submission_case on committee_submission (case_id);

create sequence decision_seq start with 1 increment by 50;
create table decision (
    id                       bigint        primary key,
    case_id                  bigint        not null references child_case (id),
    measure_id               bigint,
    kind                     varchar(40)   not null,
    legal_rule_code          varchar(60)   not null references legal_rule (code),
    decided_on               date          not null,
    decided_by               varchar(200)  not null,
    approved_by              varchar(64),
    reasons                  varchar(20000) not null,
    child_heard_on           date,
    child_not_heard_reason   varchar(4000),
    custody_consent          varchar(20)   not null,
    young_person_consent     varchar(20)   not null,
    hearing_id               bigint        references decision_hearing (id),
    submission_id            bigint        references committee_submission (id),
    -- the chair's provisional decision: the committee must confirm it by this day, or it lapses
    confirm_by               date,
    provisional_status       varchar(20),
    -- the committee's decision that confirmed a provisional one
    confirms_id              bigint        references decision (id),
    recorded_by              varchar(64)   not null,
    recorded_at              timestamp with time zone not null
);
create index decision_case on decision (case_id);

create table decision_custody_holder (
    decision_id  bigint        not null references decision (id),
    position     integer       not null,
    name         varchar(200)  not null,
    primary key (decision_id, position)
);

-- ---- letters -----------------------------------------------------------------------------------
create sequence case_letter_seq start with 1 increment by 50;
create table case_letter (
    id              bigint        primary key,
    case_id         bigint        not null references child_case (id),
    decision_id     bigint        references decision (id),
    hearing_id      bigint        references decision_hearing (id),
    kind            varchar(20)   not null,
    recipient_role  varchar(20)   not null,
    recipient_name  varchar(200)  not null,
    template        varchar(100)  not null,
    current_version integer       not null,
    outbox_id       bigint,
    created_by      varchar(64)   not null,
    created_at      timestamp with time zone not null
);
create index case_letter_case on case_letter (case_id);
create index case_letter_decision on case_letter (decision_id);

-- every rendering kept: a letter sent is never changed, a corrected one is a new version
create table case_letter_version (
    letter_id    bigint        not null references case_letter (id),
    version      integer       not null,
    html         varchar(200000) not null,
    rendered_by  varchar(64)   not null,
    rendered_at  timestamp with time zone not null,
    primary key (letter_id, version)
);

-- ---- the outbox hands letters to the Digital Post adapter --------------------------------------
alter table outbox_letter add column attachment_ref varchar(60);
alter table outbox_letter add column sent_at timestamp with time zone;
alter table outbox_letter add column delivery_receipt varchar(200);
create index outbox_letter_status on outbox_letter (status, id);

-- ---- the legal table: ages and the committee's path, each with its source ----------------------
alter table legal_rule add column age_from integer;

update legal_rule set age_from = 10 where code = 'PARTY_STATUS';
-- § 46 needs the consent of the custody holders and of the young person from 15
update legal_rule set age_from = 15 where code = 'PLACEMENT_WITH_CONSENT';

insert into legal_rule (code, description, barnets_lov, serviceloven, deadline_amount, deadline_unit, confirmed, source, age_from) values
('COMMITTEE_PROVISIONAL', 'Foreløbig afgørelse af børne- og ungeudvalgets formand, når formålet ellers forspildes; forelægges udvalget til godkendelse senest 7 dage efter, ellers bortfalder den', '§ 143', '§ 75', 7, 'DAYS', false,
 'Kapitelinddelingen i VEJ nr 9471 af 2024 (§§ 142-143 børne- og ungeudvalgets afgørelser, domain.md afsnit 11) og den tidligere servicelovs § 75 stk. 1-3 (formandsafgørelse, 7 dage); paragraffen i LBK nr 282 af 17/03/2025 skal bekræftes', null),
('LEGAL_AID', 'Gratis advokatbistand til forældremyndighedens indehaver og til barnet fra 12 år, når børne- og ungeudvalget skal træffe afgørelse', '§ 140', '§ 72', null, null, false,
 'domain.md afsnit 11 (check § 140) og den tidligere servicelovs § 72; skal bekræftes mod LBK nr 282 af 17/03/2025', 12),
('HEARING', 'Partshøring før en afgørelse, der går en part imod på oplysninger, parten ikke kender (forvaltningsloven § 19); svarfristen sætter kommunen (trappen.decisions.hearing-answer-days)', null, null, null, null, true,
 'Forvaltningsloven (LBK nr 433 af 22/04/2014) § 19', null),
('DECISION_REASONS', 'Skriftlig begrundelse: de regler, afgørelsen bygger på, de vigtigste faktiske forhold og hensyn (forvaltningsloven §§ 22-24)', null, null, null, null, true,
 'Forvaltningsloven (LBK nr 433 af 22/04/2014) §§ 22-24', null),
('APPEAL', 'Klage over afgørelsen inden 4 uger til kommunen, som genvurderer sagen og sender klagen videre til Ankestyrelsen', '§§ 144-150', null, 28, 'DAYS', false,
 'domain.md afsnit 11 (§§ 144-150 klage til Ankestyrelsen; klagefrist 4 uger, genvurdering i kommunen efter retssikkerhedslovens §§ 66-67); paragrafferne skal bekræftes', null);
