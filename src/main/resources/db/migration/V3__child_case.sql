-- The child's case: responsible caseworker, investigations, the versioned child's plan, measures
-- on the staircase and every move between steps. Free text lives here, never in the engine.

alter table child_case add column caseworker varchar(64);
update child_case set caseworker = opened_by;
alter table child_case alter column caseworker set not null;
alter table child_case add column closed_by varchar(64);
alter table child_case add column close_reason varchar(4000);
create index child_case_caseworker on child_case (caseworker, status);

-- Børnefaglig undersøgelse (§ 20, § 22), structured by the ICS triangle's ten dimensions.
create sequence investigation_seq start with 1 increment by 50;
create table investigation (
    id                        bigint       primary key,
    case_id                   bigint       not null references child_case (id),
    concern_id                bigint,
    due_at                    timestamp with time zone not null,
    completed_at              timestamp with time zone not null,
    completed_by              varchar(64)  not null,
    ics_health                varchar(4000),
    ics_development           varchar(4000),
    ics_school                varchar(4000),
    ics_leisure               varchar(4000),
    ics_safe_care             varchar(4000),
    ics_stimulation           varchar(4000),
    ics_relationships         varchar(4000),
    ics_family_history        varchar(4000),
    ics_housing_work_money    varchar(4000),
    ics_social_network        varchar(4000),
    child_heard_on            date,
    child_conversation_waived varchar(4000),
    child_ruler_category      varchar(2)   not null,
    recommended_step          integer      not null check (recommended_step between 0 and 6),
    conclusion                varchar(10000) not null
);
create index investigation_case on investigation (case_id);

-- Notes on a case that are not a plan or a decision: interim assessments, the team leader's
-- handling of a late investigation, case reviews.
create sequence case_note_seq start with 1 increment by 50;
create table case_note (
    id          bigint        primary key,
    case_id     bigint        not null references child_case (id),
    kind        varchar(30)   not null,
    text        varchar(10000) not null,
    due_on      date,
    written_by  varchar(64)   not null,
    written_at  timestamp with time zone not null
);
create index case_note_case on case_note (case_id);

-- Barnets plan (§ 91): every revision is a new version; earlier versions are kept as they were.
create sequence child_plan_seq start with 1 increment by 50;
create table child_plan (
    id          bigint       primary key,
    case_id     bigint       not null references child_case (id),
    version     integer      not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(64)  not null,
    reason      varchar(2000),
    unique (case_id, version)
);
create sequence plan_goal_seq start with 1 increment by 50;
create table plan_goal (
    id            bigint        primary key,
    plan_id       bigint        not null references child_plan (id),
    party         varchar(10)   not null,
    position      integer       not null,
    description   varchar(2000) not null,
    progress_sign varchar(2000) not null,
    target_date   date          not null
);
create index plan_goal_plan on plan_goal (plan_id);

-- A measure (indsats) on one step of the staircase, from proposal through grant to its end.
create sequence measure_seq start with 1 increment by 50;
create table measure (
    id                bigint        primary key,
    case_id           bigint        not null,
    child_id          bigint        not null,
    team_id           varchar(40)   not null,
    offer_id          bigint        not null references offer (id),
    offer_name        varchar(200)  not null,
    measure_kind      varchar(40)   not null,
    staircase_step    integer       not null check (staircase_step between 1 and 6),
    status            varchar(20)   not null,
    start_date        date          not null,
    duration_weeks    integer       not null,
    expected_end_date date          not null,
    purpose           varchar(4000) not null,
    step_reason       varchar(4000),
    legal_rule_code   varchar(60)   not null,
    legal_basis       varchar(200)  not null,
    proposed_by       varchar(64)   not null,
    proposed_at       timestamp with time zone not null,
    decided_by        varchar(64),
    decided_at        timestamp with time zone,
    decision_reason   varchar(4000),
    ended_on          date,
    end_reason        varchar(4000),
    ended_by          varchar(64),
    version           integer       not null
);
create index measure_case on measure (case_id, status);
create index measure_child on measure (child_id, status);

-- Every move on the staircase: the managers' first goal is more children moved down.
create sequence staircase_move_seq start with 1 increment by 50;
create table staircase_move (
    id          bigint        primary key,
    child_id    bigint        not null,
    case_id     bigint        not null,
    measure_id  bigint        not null references measure (id),
    from_step   integer       not null check (from_step between 0 and 6),
    to_step     integer       not null check (to_step between 0 and 6),
    moved_on    date          not null,
    reason      varchar(4000) not null,
    moved_by    varchar(64)   not null,
    recorded_at timestamp with time zone not null
);
create index staircase_move_child on staircase_move (child_id, moved_on);
