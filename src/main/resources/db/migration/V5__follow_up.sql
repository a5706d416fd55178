-- Follow-up of measures (opfølgning, Barnets lov § 95-96), supervision visits to placed children
-- (§ 156 stk. 5) and the team leader's supervision (ledelsestilsyn, sagsgennemgang). Assessments,
-- notes and the child's own view live here, never in the engine.

-- A case's own follow-up policy; without a row the municipality's configured policy applies.
create table follow_up_policy (
    case_id     bigint       primary key,
    policy      varchar(20)  not null,
    chosen_by   varchar(64)  not null,
    chosen_at   timestamp with time zone not null
);

create sequence follow_up_seq start with 1 increment by 50;
create table follow_up (
    id                   bigint        primary key,
    case_id              bigint        not null,
    measure_id           bigint        not null,
    team_id              varchar(40)   not null,
    sequence_no          integer       not null,
    policy               varchar(20)   not null,
    measure_type         varchar(30)   not null,
    cadence              varchar(10)   not null,
    due_date             date          not null,
    status               varchar(20)   not null,
    meeting_chosen       boolean,
    child_view           varchar(4000),
    prepared_by          varchar(64),
    prepared_at          timestamp with time zone,
    held_on              date,
    held_by              varchar(64),
    child_heard          boolean,
    child_not_heard_reason varchar(4000),
    fit_score            integer,
    decision             varchar(20),
    decision_reason      varchar(4000),
    home_return_asked    boolean       not null default false,
    home_return_possible boolean,
    home_return_reason   varchar(4000),
    escalated_at         timestamp with time zone,
    escalation_note      varchar(4000),
    created_at           timestamp with time zone not null,
    version              integer       not null,
    unique (measure_id, sequence_no)
);
create index follow_up_case on follow_up (case_id);
create index follow_up_team_due on follow_up (team_id, status, due_date);

create sequence follow_up_goal_seq start with 1 increment by 50;
create table follow_up_goal (
    id            bigint        primary key,
    follow_up_id  bigint        not null references follow_up (id),
    goal_field    varchar(40)   not null,
    score         integer       not null check (score between 1 and 10),
    note          varchar(4000)
);
create index follow_up_goal_follow_up on follow_up_goal (follow_up_id);

create sequence placement_visit_seq start with 1 increment by 50;
create table placement_visit (
    id                  bigint        primary key,
    case_id             bigint        not null,
    measure_id          bigint        not null,
    team_id             varchar(40)   not null,
    due_date            date          not null,
    status              varchar(20)   not null,
    visited_on          date,
    visited_by          varchar(64),
    talked_with_child   boolean,
    without_staff       boolean,
    note                varchar(4000),
    created_at          timestamp with time zone not null,
    version             integer       not null
);
create index placement_visit_case on placement_visit (case_id);
create index placement_visit_team_due on placement_visit (team_id, status, due_date);

-- Monthly supervision: which open cases were drawn for a caseworker, and the leader's checklist.
create sequence supervision_sample_seq start with 1 increment by 50;
create table supervision_sample (
    id               bigint        primary key,
    period           varchar(7)    not null,
    team_id          varchar(40)   not null,
    caseworker       varchar(64)   not null,
    case_id          bigint        not null,
    position         integer       not null,
    drawn_at         timestamp with time zone not null,
    progress_ok      boolean,
    measure_right    boolean,
    deadlines_kept   boolean,
    note             varchar(4000),
    reviewed_by      varchar(64),
    reviewed_at      timestamp with time zone,
    unique (period, caseworker, case_id)
);
create index supervision_sample_period on supervision_sample (period, caseworker);

-- Quarterly case review (sagsgennemgang) of a team.
create sequence case_review_seq start with 1 increment by 50;
create table case_review (
    id            bigint        primary key,
    period        varchar(7)    not null,
    team_id       varchar(40)   not null,
    open_cases    integer       not null,
    held_on       date,
    held_by       varchar(64),
    note          varchar(4000),
    created_at    timestamp with time zone not null,
    unique (period, team_id)
);
