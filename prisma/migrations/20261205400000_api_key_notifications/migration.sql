-- Instances keep the API keys they authenticated in memory (auth/key-cache.ts): every change that
-- can end or alter a key's access notifies them, whoever makes it (the revokeApiKey mutation, an
-- operator's SQL). Writes of "lastUsedAt" alone notify nobody. Prisma's schema cannot state
-- triggers; tests/foundation/key-cache.postgres.test.ts covers them.
CREATE FUNCTION "parley_notify_api_key_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('parley_api_keys', OLD.id::text);
  RETURN NULL;
END
$$;

CREATE TRIGGER "ApiKey_notify_update" AFTER UPDATE ON "ApiKey" FOR EACH ROW
  WHEN (OLD."revokedAt" IS DISTINCT FROM NEW."revokedAt" OR OLD.role IS DISTINCT FROM NEW.role
        OR OLD.hash IS DISTINCT FROM NEW.hash OR OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION "parley_notify_api_key_change"();

CREATE TRIGGER "ApiKey_notify_delete" AFTER DELETE ON "ApiKey" FOR EACH ROW
  EXECUTE FUNCTION "parley_notify_api_key_change"();
