-- Network meetings: the family and everyone around the child agree on one joint plan. Names,
-- statuses, minutes and plans live here, never in the engine.

create sequence meeting_seq start with 1 increment by 50;
create table meeting (
    id                  bigint        primary key,
    kind                varchar(30)   not null,
    status              varchar(20)   not null,
    case_id             bigint,
    concern_id          bigint,
    child_id            bigint        not null,
    team_id             varchar(40)   not null,
    caseworker          varchar(64)   not null,
    due_date            date          not null,
    scheduled_at        timestamp with time zone,
    place_kind          varchar(20),
    place               varchar(200),
    legal_basis         varchar(400),
    minutes             varchar(10000),
    decisions           varchar(4000),
    plan_for_child      varchar(4000),
    plan_for_parents    varchar(4000),
    who_does_what       varchar(4000),
    cancel_reason       varchar(4000),
    held_at             timestamp with time zone,
    data_exchange_at_meeting boolean,
    created_by          varchar(64)   not null,
    created_at          timestamp with time zone not null,
    version             integer       not null,
    check (case_id is not null or concern_id is not null)
);
create index meeting_case on meeting (case_id);
create index meeting_child on meeting (child_id);

create sequence meeting_participant_seq start with 1 increment by 50;
create table meeting_participant (
    id            bigint        primary key,
    meeting_id    bigint        not null references meeting (id),
    kind          varchar(20)   not null,
    name          varchar(200)  not null,
    organisation  varchar(200),
    role          varchar(30),
    contact       varchar(200),
    partner_user  varchar(64),
    party         boolean       not null
);
create index meeting_participant_meeting on meeting_participant (meeting_id);

-- The parents' consent to exchange personal data between professionals, per child; withdrawn
-- consent stays as a record of when exchange had to stop.
create sequence consent_seq start with 1 increment by 50;
create table consent (
    id                bigint        primary key,
    child_id          bigint        not null,
    scope             varchar(2000) not null,
    given_on          date          not null,
    given_by          varchar(200)  not null,
    valid_until       date          not null,
    recorded_by       varchar(64)   not null,
    recorded_at       timestamp with time zone not null,
    withdrawn_at      timestamp with time zone,
    withdrawn_by      varchar(64),
    withdrawal_reason varchar(2000)
);
create index consent_child on consent (child_id);

create sequence partner_status_seq start with 1 increment by 50;
create table partner_status (
    id             bigint        primary key,
    meeting_id     bigint        not null references meeting (id),
    participant_id bigint        not null references meeting_participant (id),
    text           varchar(10000) not null,
    submitted_by   varchar(64)   not null,
    submitted_at   timestamp with time zone not null,
    channel        varchar(10)   not null
);
create index partner_status_meeting on partner_status (meeting_id);

create sequence action_point_seq start with 1 increment by 50;
create table action_point (
    id           bigint        primary key,
    meeting_id   bigint        not null references meeting (id),
    description  varchar(2000) not null,
    owner        varchar(200)  not null,
    staff_owner  boolean       not null,
    due_date     date          not null,
    done_at      timestamp with time zone
);
create index action_point_meeting on action_point (meeting_id);

-- Family group conference: the questions agreed with the family and the neutral coordinator.
alter table meeting add column questions varchar(4000);
alter table meeting add column coordinator varchar(200);

-- Notes on a meeting: why it was moved, why the family works on its plan again, a missed date.
create sequence meeting_note_seq start with 1 increment by 50;
create table meeting_note (
    id          bigint        primary key,
    meeting_id  bigint        not null references meeting (id),
    kind        varchar(30)   not null,
    text        varchar(4000) not null,
    written_by  varchar(64)   not null,
    written_at  timestamp with time zone not null
);
create index meeting_note_meeting on meeting_note (meeting_id);

-- The caseworker may decide that a meeting runs without exchange of data even where the parents
-- have consented for the child (e.g. a participant the consent does not cover).
alter table meeting add column exchange_declined boolean default false not null;
