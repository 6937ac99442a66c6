package app.consilium.patients;

/** Inactive patients stay readable but are not offered for new cases. */
enum PatientStatus {

	ACTIVE, INACTIVE

}
