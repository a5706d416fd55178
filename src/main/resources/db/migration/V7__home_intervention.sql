-- The 12-week intensive home-based intervention (Favrskov): its team, the two tracks' sessions,
-- focus points and contacts, the report and the decision after. Assessments and names stay here.

create sequence home_intervention_seq start with 1 increment by 50;
create table home_intervention (
    id                      bigint        primary key,
    case_id                 bigint        not null,
    measure_id              bigint        not null unique,
    team_id                 varchar(40)   not null,
    start_date              date          not null,
    status                  varchar(20)   not null,
    current_phase           integer       not null,
    at_risk_of_placement    boolean,
    not_eligible_reason     varchar(4000),
    caseworker              varchar(64)   not null,
    follow_up_caseworker    varchar(64),
    therapist1              varchar(64),
    therapist2              varchar(64),
    team_composed_by        varchar(64),
    early_end_reason        varchar(20),
    early_end_note          varchar(4000),
    ended_by                varchar(64),
    ended_at                timestamp with time zone,
    report_family           varchar(10000),
    report_parenting        varchar(10000),
    parents_meet_needs      varchar(10),
    report_by               varchar(64),
    report_at               timestamp with time zone,
    decision                varchar(30),
    decision_reason         varchar(4000),
    decided_by              varchar(64),
    decided_at              timestamp with time zone,
    created_at              timestamp with time zone not null,
    version                 integer       not null
);
create index home_intervention_case on home_intervention (case_id);

-- Track 1: clarification and assessment sessions.
create sequence intervention_session_seq start with 1 increment by 50;
create table intervention_session (
    id               bigint        primary key,
    intervention_id  bigint        not null references home_intervention (id),
    method           varchar(10)   not null,
    other_method     varchar(200),
    held_on          date          not null,
    participants     varchar(1000) not null,
    summary          varchar(10000) not null,
    recorded_by      varchar(64)   not null,
    recorded_at      timestamp with time zone not null
);
create index intervention_session_intervention on intervention_session (intervention_id);

-- Track 2: the week's focus points agreed with the parents, tied to the plan's goals.
create sequence intervention_week_seq start with 1 increment by 50;
create table intervention_week (
    id               bigint        primary key,
    intervention_id  bigint        not null references home_intervention (id),
    week_no          integer       not null,
    focus_points     varchar(4000) not null,
    plan_goals       varchar(20),
    recorded_by      varchar(64)   not null,
    recorded_at      timestamp with time zone not null,
    unique (intervention_id, week_no)
);

-- Track 2: contacts with the family, with an optional FIT score (ORS/SRS 0-40).
create sequence intervention_contact_seq start with 1 increment by 50;
create table intervention_contact (
    id               bigint        primary key,
    intervention_id  bigint        not null references home_intervention (id),
    week_no          integer       not null,
    contact_on       date          not null,
    place            varchar(20)   not null,
    duration_minutes integer       not null check (duration_minutes between 1 and 1440),
    participants     varchar(1000) not null,
    fit_kind         varchar(3),
    fit_score        integer       check (fit_score between 0 and 40),
    recorded_by      varchar(64)   not null
);
create index intervention_contact_intervention on intervention_contact (intervention_id);
