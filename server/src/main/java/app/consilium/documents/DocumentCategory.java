package app.consilium.documents;

/** What kind of paper a document is; plaintext, so lists can be filtered on the server. */
public enum DocumentCategory {

	MEDICAL_RECORDS, IMAGING, LEGAL_DOCUMENTS, CORRESPONDENCE, OTHER

}
