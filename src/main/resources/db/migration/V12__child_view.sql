-- Issue 16, point 6 (Barnets lov § 5): every decision on a measure (choosing, changing, ending,
-- extending) records the child's view: the date of the conversation with the child, or why it was
-- not held. Approving a measure needs its view recorded. Free text stays here, never in the engine.
create sequence child_view_seq start with 1 increment by 50;
create table child_view (
    id                bigint        primary key,
    case_id           bigint        not null references child_case (id),
    measure_id        bigint        not null,
    decision          varchar(20)   not null,
    heard_on          date,
    not_heard_reason  varchar(4000),
    recorded_by       varchar(64)   not null,
    recorded_at       timestamp with time zone not null,
    check (heard_on is not null or not_heard_reason is not null)
);
create index child_view_measure on child_view (measure_id);
