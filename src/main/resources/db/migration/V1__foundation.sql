-- Trappen's domain schema. Camunda creates and upgrades its own ACT_* tables.
-- Written for both H2 (demo) and PostgreSQL (production): standard SQL only.

-- The legal table (domain.md section 11): a change in the law is a data change.
create table legal_rule (
    code            varchar(60)  primary key,
    description     varchar(400) not null,
    barnets_lov     varchar(60),
    serviceloven    varchar(60),
    deadline_amount integer,
    deadline_unit   varchar(20),
    -- false where the section number could not be confirmed from the law text: a process owner may correct it
    confirmed       boolean      not null
);

insert into legal_rule (code, description, barnets_lov, serviceloven, deadline_amount, deadline_unit, confirmed) values
('SCREENING', 'Screening af ny sag: ingen yderligere handling, afdækning (§ 19) eller børnefaglig undersøgelse (§ 20)', '§ 18', null, null, null, true),
('CONCERN_ASSESSMENT', 'Vurdering af underretning: er barnets sundhed eller udvikling i fare, er akutte foranstaltninger nødvendige?', '§ 136', '§ 155', 24, 'HOURS', false),
('REASSESSMENT', 'Ny underretning om barn med foranstaltninger: vurderes med mindst én person, der ikke har arbejdet med sagen; børnesamtale ved overgreb', '§ 137', '§ 155 a', null, null, true),
('ACKNOWLEDGEMENT', 'Kvittering for modtagelse til fagpersoner, der underretter', '§ 138', '§ 155 b', 6, 'WORKING_DAYS', false),
('INVESTIGATION', 'Børnefaglig undersøgelse; er den ikke færdig, kræves en foreløbig vurdering', '§ 20, § 22', '§ 50', 4, 'MONTHS', true),
('ADVICE', 'Rådgivning til børn og familier, også anonymt', '§ 28, § 29', '§ 11', null, null, true),
('EARLY_PREVENTIVE', 'Tidlige forebyggende indsatser: ingen formel afgørelse og ingen forudgående undersøgelse', '§ 30', '§ 11 stk. 3', null, null, true),
('SUPPORT_MEASURES', 'Støttende indsatser (dagtilbud/skole, praktisk-pædagogisk støtte i hjemmet, kontaktperson, praktik, familiebehandling, døgnophold for familien, aflastning, anden hjælp); afgørelsen angiver formål og forventet varighed', '§ 32', '§ 52 stk. 3', null, null, true),
('PLACEMENT_WITH_CONSENT', 'Anbringelse med samtykke (undersøgelse påkrævet; akut anbringelse kan ske sideløbende)', '§ 46', '§ 52 stk. 3 nr. 7', null, null, true),
('PLACEMENT_WITHOUT_CONSENT', 'Anbringelse uden samtykke (børne- og ungeudvalget); barnets plan skal foreligge før afgørelsen', '§ 47', '§ 58', null, null, true),
('NETWORK_FOSTER_FAMILY', 'Netværksplejefamilie', '§ 43 stk. 1 nr. 4', null, null, null, true),
('CHILD_PLAN', 'Barnets plan: ved anbringelse senest 3 måneder efter afgørelsen', '§ 91', '§ 140', 3, 'MONTHS', true),
('FOLLOW_UP', 'Opfølgning: første gang senest 3 måneder efter indsatsens start (eller ved afslutning af en sideløbende undersøgelse)', '§ 95, § 96', '§ 70', 3, 'MONTHS', true),
('SUPERVISION_VISITS', 'Tilsynsbesøg hos anbragt barn: mindst 2 om året med samtale med barnet', '§ 156 stk. 5', '§ 148', null, null, true),
('CHILD_HEARD', 'Barnet høres før afgørelser (børnesamtale), også uden forældrene', '§ 5 stk. 3-4', '§ 48', null, null, true),
('PARTY_STATUS', 'Partsstatus fra 10 år', '§ 3', null, null, null, true),
('SUPPORT_PERSON', 'Bisidder', '§ 6', '§ 48 a', null, null, true);

create sequence child_seq start with 1 increment by 50;
create table child (
    id          bigint       primary key,
    -- 10 digits; optional (an anonymous notifier may not know it); never duplicated
    cpr         varchar(10)  unique,
    name        varchar(200) not null,
    birth_date  date,
    -- the team responsible for the child; its members may read the child's record
    team_id     varchar(40)  not null,
    created_at  timestamp with time zone not null
);

create sequence child_case_seq start with 1 increment by 50;
create table child_case (
    id                bigint      primary key,
    child_id          bigint      not null references child (id),
    team_id           varchar(40) not null,
    status            varchar(20) not null,
    opened_at         timestamp with time zone not null,
    opened_by         varchar(64) not null,
    origin_concern_id bigint,
    closed_at         timestamp with time zone
);
create index child_case_child on child_case (child_id, status);

-- Everyone who has worked on a case: a new concern about the child needs a second assessor who is not here (§ 137).
create table case_participant (
    case_id    bigint      not null references child_case (id),
    user_id    varchar(64) not null,
    first_at   timestamp with time zone not null,
    primary key (case_id, user_id)
);

-- Every read of a child's record (GDPR art. 9): who, when, which child, through what and why.
create sequence child_access_seq start with 1 increment by 50;
create table child_access_log (
    id          bigint       primary key,
    child_id    bigint       not null,
    user_id     varchar(64)  not null,
    accessed_at timestamp with time zone not null,
    channel     varchar(10)  not null,
    purpose     varchar(200) not null
);
create index child_access_log_child on child_access_log (child_id, accessed_at);

create sequence concern_seq start with 1 increment by 50;
create table concern (
    id                       bigint        primary key,
    child_id                 bigint        not null references child (id),
    team_id                  varchar(40)   not null,
    status                   varchar(20)   not null,
    notifier_type            varchar(20)   not null,
    notifier_organisation    varchar(200),
    notifier_contact         varchar(200),
    received_at              timestamp with time zone not null,
    registered_at            timestamp with time zone not null,
    registered_by            varchar(64)   not null,
    channel                  varchar(10)   not null,
    description              varchar(10000) not null,
    concern_level            varchar(20)   not null,
    concerns_abuse           boolean       not null,
    child_had_open_case      boolean       not null,
    assessment_due_at        timestamp with time zone not null,
    acknowledgement_due_date date,
    acknowledged_at          timestamp with time zone,
    acknowledged_by          varchar(64),
    assessed_at              timestamp with time zone,
    assessed_by              varchar(64),
    second_assessor          varchar(64),
    acute_danger             boolean,
    bounded_problem          boolean,
    family_motivated         boolean,
    route                    varchar(20),
    case_id                  bigint,
    closed_at                timestamp with time zone,
    process_instance_id      varchar(64),
    idempotency_owner        varchar(64),
    idempotency_key          varchar(200),
    request_hash             varchar(64),
    version                  integer       not null,
    constraint concern_idempotency unique (idempotency_owner, idempotency_key)
);
create index concern_child on concern (child_id);

-- Every triage: the rule's proposal and the caseworker's choice, with the reason when they differ.
create sequence triage_decision_seq start with 1 increment by 50;
create table triage_decision (
    id             bigint       primary key,
    concern_id     bigint       not null references concern (id),
    proposed_route varchar(20)  not null,
    chosen_route   varchar(20)  not null,
    reason         varchar(4000),
    decided_by     varchar(64)  not null,
    decided_at     timestamp with time zone not null
);
create index triage_decision_concern on triage_decision (concern_id);

-- Journal notes (journalnotater) on a concern: the free text of every step, kept out of the engine.
create sequence concern_note_seq start with 1 increment by 50;
create table concern_note (
    id          bigint        primary key,
    concern_id  bigint        not null references concern (id),
    kind        varchar(30)   not null,
    text        varchar(10000) not null,
    written_by  varchar(64)   not null,
    written_at  timestamp with time zone not null
);
create index concern_note_concern on concern_note (concern_id);

-- Letters the product owes someone; sending them is another system's job.
create sequence outbox_letter_seq start with 1 increment by 50;
create table outbox_letter (
    id           bigint        primary key,
    kind         varchar(40)   not null,
    reference    varchar(40)   not null,
    recipient    varchar(200)  not null,
    subject      varchar(200)  not null,
    body         varchar(10000) not null,
    due_date     date,
    status       varchar(20)   not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(64)   not null
);
create index outbox_letter_reference on outbox_letter (reference);
