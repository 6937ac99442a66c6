package app.consilium.keys;

import java.util.UUID;

import org.springframework.stereotype.Service;

import app.consilium.cases.CaseSide;
import app.consilium.crypto.KeyScope;
import app.consilium.platform.FieldProblem;

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

	/** The envelope in {@code field}, sealed with a generation of this case's content key that exists. */
	public SealedContent requireSealed(UUID caseId, String field, String encoded) {
		return requireSealed(caseId, KeyScope.CASE, field, encoded);
	}

	/** The envelope in {@code field}, sealed with a generation of this case's key of {@code scope} that exists. */
	public SealedContent requireSealed(UUID caseId, KeyScope scope, String field, String encoded) {
		SealedContent sealed = SealedContent.parse(field, encoded);
		if (!generationExists(caseId, scope, sealed.generation())) {
			throw new FieldProblem(field, "Sealed with a key generation this case does not have.");
		}
		return sealed;
	}

	/** The key that seals one side's internal memos, which the other side never holds. */
	public static KeyScope memoScope(CaseSide side) {
		return Entitlement.memosOf(side);
	}

}
