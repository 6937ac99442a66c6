-- Every second opinion names one of its organization's patients (the patient table came with V8).
alter table medical_case add constraint medical_case_patient_fk foreign key (patient_id) references patient (id);
create index medical_case_patient_idx on medical_case (patient_id);
