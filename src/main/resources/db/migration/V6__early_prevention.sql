-- The early-prevention unit (Tidlig Forebyggelse, Barnets lov § 30): requests, the weekly triage
-- and distribution, courses of at most 12 contacts with FIT, group offers, and anonymous open
-- counselling, which keeps no identity at all. Names, contacts and free text live here, never in
-- the engine.

-- A family's request (henvendelse), from the family, from a professional together with the family,
-- or referred by intake. Accepted requests become a course with a worker.
create sequence prevention_request_seq start with 1 increment by 50;
create table prevention_request (
    id                    bigint        primary key,
    way_in                varchar(20)   not null,
    concern_id            bigint,
    child_id              bigint        not null references child (id),
    parent_name           varchar(200),
    family_contact        varchar(200),
    referrer_role         varchar(20),
    referrer_organisation varchar(200),
    topic                 varchar(30)   not null,
    description           varchar(10000) not null,
    received_at           timestamp with time zone not null,
    status                varchar(20)   not null,
    triage_round_id       bigint,
    triage_slot           integer,
    triaged_at            timestamp with time zone,
    triaged_by            varchar(64),
    needed_competence     varchar(60),
    pass_reason           varchar(10000),
    passed_concern_level  varchar(20),
    passed_concern_id     bigint,
    worries_level         varchar(20),
    distribution_round_id bigint,
    distribution_slot     integer,
    process_instance_id   varchar(64),
    registered_by         varchar(64)   not null,
    version               integer       not null
);
create index prevention_request_status on prevention_request (status);

-- One course per accepted family: individual (with contacts), a group offer, or both.
create sequence prevention_course_seq start with 1 increment by 50;
create table prevention_course (
    id                  bigint        primary key,
    request_id          bigint        not null unique references prevention_request (id),
    kind                varchar(20)   not null,
    worker              varchar(64),
    assigned_at         timestamp with time zone not null,
    assigned_by         varchar(64)   not null,
    contacted_on        date,
    contact_note        varchar(10000),
    goals               varchar(10000),
    contact_limit       integer       not null,
    status              varchar(20)   not null,
    goals_outcome       varchar(20),
    recommendation      varchar(10000),
    worries_remain      boolean,
    closed_at           timestamp with time zone,
    closed_by           varchar(64),
    version             integer       not null
);
create index prevention_course_worker on prevention_course (worker, status);

-- Every contact of a course, with the family's FIT scores (ORS at the start, SRS at the end).
create sequence prevention_contact_seq start with 1 increment by 50;
create table prevention_contact (
    id                bigint        primary key,
    course_id         bigint        not null references prevention_course (id),
    kind              varchar(20)   not null,
    meeting_id        bigint,
    contact_date      date          not null,
    place             varchar(20),
    participants      varchar(400),
    duration_minutes  integer,
    note              varchar(10000),
    rater             varchar(20),
    ors               integer,
    srs               integer,
    ors_below_cutoff  boolean       not null,
    srs_below_cutoff  boolean       not null,
    ors_falling       boolean       not null,
    recorded_by       varchar(64)   not null,
    recorded_at       timestamp with time zone not null,
    check (ors is null or ors between 0 and 40),
    check (srs is null or srs between 0 and 40)
);
create index prevention_contact_course on prevention_contact (course_id);

-- A 13th contact needs the leader's approved extension, with a reason.
create sequence prevention_extension_seq start with 1 increment by 50;
create table prevention_extension (
    id              bigint        primary key,
    course_id       bigint        not null references prevention_course (id),
    reason          varchar(10000) not null,
    requested_by    varchar(64)   not null,
    requested_at    timestamp with time zone not null,
    approved        boolean,
    extra_contacts  integer,
    decision_note   varchar(10000),
    decided_by      varchar(64),
    decided_at      timestamp with time zone
);
create index prevention_extension_course on prevention_extension (course_id);

-- The weekly triage and distribution: which requests one task decided, in which slot of its form.
create sequence prevention_round_seq start with 1 increment by 50;
create table prevention_round (
    id            bigint        primary key,
    kind          varchar(20)   not null,
    created_at    timestamp with time zone not null,
    completed_at  timestamp with time zone,
    completed_by  varchar(64)
);

-- The unit's group courses, with dates and seats, and the families enrolled.
create sequence prevention_group_offer_seq start with 1 increment by 50;
create table prevention_group_offer (
    id           bigint        primary key,
    name         varchar(200)  not null,
    description  varchar(4000),
    min_age      integer       not null,
    max_age      integer       not null,
    starts_on    date          not null,
    ends_on      date          not null,
    seats        integer       not null,
    check (seats > 0 and min_age <= max_age and starts_on <= ends_on)
);

create sequence prevention_enrolment_seq start with 1 increment by 50;
create table prevention_enrolment (
    id            bigint        primary key,
    offer_id      bigint        not null references prevention_group_offer (id),
    course_id     bigint        not null references prevention_course (id),
    enrolled_at   timestamp with time zone not null,
    enrolled_by   varchar(64)   not null,
    unique (offer_id, course_id)
);

-- Open anonymous counselling: no case and no identity, only what the statistics need (the
-- duration and outcome are recorded once the counselling has been given).
create sequence anonymous_counselling_seq start with 1 increment by 50;
create table anonymous_counselling (
    id                bigint        primary key,
    counselled_on     date          not null,
    topic             varchar(30)   not null,
    duration_minutes  integer,
    outcome           varchar(30),
    recorded_at       timestamp with time zone
);

-- A network meeting may belong to an early-prevention course (neither a case nor a concern);
-- the check that every meeting belongs to something is replaced by V6_1 (a Java migration, since
-- the old check has a generated name that differs between H2 and PostgreSQL).
alter table meeting add column prevention_course_id bigint;
