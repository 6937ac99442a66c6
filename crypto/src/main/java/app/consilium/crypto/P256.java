package app.consilium.crypto;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import javax.crypto.KeyAgreement;

/**
 * NIST P-256 in the encodings both WebCrypto and the JDK accept: public keys as SEC1 uncompressed
 * points (WebCrypto "raw"), private keys as the 32-byte scalar (WebCrypto imports it as JWK "d"),
 * signatures as r||s (WebCrypto's format, the JDK's "inP1363Format").
 */
final class P256 {

  static final int SCALAR_BYTES = 32;
  static final int POINT_BYTES = 1 + 2 * SCALAR_BYTES;
  static final int SIGNATURE_BYTES = 2 * SCALAR_BYTES;
  private static final byte UNCOMPRESSED = 0x04;
  private static final String SIGNATURE = "SHA256withECDSAinP1363Format";

  static final ECParameterSpec SPEC = parameters();
  private static final BigInteger P = ((ECFieldFp) SPEC.getCurve().getField()).getP();
  private static final BigInteger A = SPEC.getCurve().getA();
  private static final BigInteger B = SPEC.getCurve().getB();

  private P256() {}

  /** Decodes and validates an uncompressed point; the server calls this on every key it stores. */
  static ECPublicKey publicKey(byte[] point) {
    if (point.length != POINT_BYTES || point[0] != UNCOMPRESSED) {
      throw new InvalidStructureException("P-256 public key: not a 65-byte uncompressed point");
    }
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 1 + SCALAR_BYTES));
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 1 + SCALAR_BYTES, POINT_BYTES));
    if (!isOnCurve(x, y)) {
      throw new InvalidStructureException("P-256 public key: point is not on the curve");
    }
    return (ECPublicKey) generate(new ECPublicKeySpec(new ECPoint(x, y), SPEC));
  }

  static byte[] encode(ECPublicKey key) {
    return new ByteWriter()
        .u8(UNCOMPRESSED)
        .bytes(fixed(key.getW().getAffineX()))
        .bytes(fixed(key.getW().getAffineY()))
        .toByteArray();
  }

  static ECPrivateKey privateKey(byte[] scalar) {
    BigInteger d = new BigInteger(1, scalar);
    if (scalar.length != SCALAR_BYTES || d.signum() == 0 || d.compareTo(SPEC.getOrder()) >= 0) {
      throw new InvalidStructureException("P-256 private key: scalar out of range");
    }
    return (ECPrivateKey) generate(new ECPrivateKeySpec(d, SPEC));
  }

  static byte[] scalar(ECPrivateKey key) {
    return fixed(key.getS());
  }

  static KeyPair generateKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), Randomness.secureRandom());
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 unavailable", e);
    }
  }

  /** ECDH: the 32-byte x-coordinate of the shared point, as WebCrypto's deriveBits(256) returns. */
  static byte[] agree(PrivateKey privateKey, PublicKey publicKey) {
    try {
      KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
      agreement.init(privateKey);
      agreement.doPhase(publicKey, true);
      return agreement.generateSecret();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("ECDH failed", e);
    }
  }

  static byte[] sign(PrivateKey privateKey, byte[] message) {
    try {
      Signature signature = Signature.getInstance(SIGNATURE);
      signature.initSign(privateKey, Randomness.secureRandom());
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("ECDSA signing failed", e);
    }
  }

  static boolean verify(PublicKey publicKey, byte[] message, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance(SIGNATURE);
      verifier.initVerify(publicKey);
      verifier.update(message);
      return signature.length == SIGNATURE_BYTES && verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      // A malformed r||s (zero, or not below the order) is just a signature that does not verify.
      return false;
    }
  }

  /** y^2 = x^3 + ax + b (mod p) with both coordinates reduced; P-256 has cofactor 1. */
  private static boolean isOnCurve(BigInteger x, BigInteger y) {
    if (x.compareTo(P) >= 0 || y.compareTo(P) >= 0) {
      return false;
    }
    BigInteger left = y.multiply(y).mod(P);
    BigInteger right = x.pow(3).add(A.multiply(x)).add(B).mod(P);
    return left.equals(right);
  }

  private static byte[] fixed(BigInteger value) {
    byte[] bytes = value.toByteArray();
    byte[] out = new byte[SCALAR_BYTES];
    int length = Math.min(bytes.length, SCALAR_BYTES);
    System.arraycopy(bytes, bytes.length - length, out, SCALAR_BYTES - length, length);
    return out;
  }

  private static java.security.Key generate(java.security.spec.KeySpec spec) {
    try {
      KeyFactory factory = KeyFactory.getInstance("EC");
      return spec instanceof ECPublicKeySpec
          ? factory.generatePublic(spec)
          : factory.generatePrivate(spec);
    } catch (GeneralSecurityException e) {
      throw new InvalidStructureException("P-256 key rejected: " + e.getMessage());
    }
  }

  private static ECParameterSpec parameters() {
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec("secp256r1"));
      return parameters.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 unavailable", e);
    }
  }
}
