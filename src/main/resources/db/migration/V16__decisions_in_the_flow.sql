-- Issue 15: decisions made by the process's tasks. The submission to the children and youth
-- committee keeps the custody holders it names, so the committee's decision writes to them
-- without the caseworker typing the names again (one per line).
alter table committee_submission add column custody_holders varchar(1000);
