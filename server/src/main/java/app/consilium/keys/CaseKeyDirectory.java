package app.consilium.keys;

import java.util.UUID;

import org.springframework.stereotype.Service;

import app.consilium.crypto.KeyScope;

/** For features that store sealed content: whether the key generation a ciphertext names exists. */
@Service
public class CaseKeyDirectory {

	private final CaseKeyRepository repository;

	CaseKeyDirectory(CaseKeyRepository repository) {
		this.repository = repository;
	}

	public boolean generationExists(UUID caseId, KeyScope scope, int generation) {
		return repository.generationExists(caseId, scope, generation);
	}

}
