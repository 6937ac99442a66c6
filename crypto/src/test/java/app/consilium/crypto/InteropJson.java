package app.consilium.crypto;

import com.google.gson.JsonObject;

/**
 * The interop files' encoding: binary as base64url (the formats' one flavour), members as objects.
 */
final class InteropJson {

  private InteropJson() {}

  static void put(JsonObject json, String field, byte[] bytes) {
    json.addProperty(field, Base64Url.encode(bytes));
  }

  static byte[] bytes(JsonObject json, String field) {
    return Base64Url.decode(json.get(field).getAsString());
  }

  static JsonObject member(Member member) {
    JsonObject json = new JsonObject();
    json.addProperty("accountId", member.accountId());
    put(json, "publicKeys", member.publicKeys().encoded());
    return json;
  }

  static Member member(JsonObject json) {
    return new Member(
        json.get("accountId").getAsString(), PublicKeys.decode(bytes(json, "publicKeys")));
  }
}
