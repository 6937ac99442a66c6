-- INDEPENDENT_MEDICAL_EXAMINATION is 31 characters: V7's varchar(30) refused it.
alter table medical_case alter column expert_service type varchar(40);
