-- Issue 16, point 9: a case routed by a caseworker who already has the maximum caseload belongs to
-- its team (no caseworker) until the team leader gives it to someone ("Fordel sagen").
alter table child_case alter column caseworker drop not null;
