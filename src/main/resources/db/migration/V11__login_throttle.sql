-- Failed logins per account and per source address: each source that keeps guessing waits longer and longer,
-- while the owner, logging in from elsewhere, is never locked out by somebody else's script.
CREATE TABLE login_throttle (
    user_id         VARCHAR(255) NOT NULL,
    source          VARCHAR(100) NOT NULL,
    failures        INTEGER      NOT NULL,
    locked_until_ms BIGINT       NOT NULL,
    PRIMARY KEY (user_id, source)
);
