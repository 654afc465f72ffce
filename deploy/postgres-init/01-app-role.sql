-- docker compose only: the restricted role the portal connects as. `migrate` runs as the database
-- owner and grants this role what it may do (the audit trail stays append-only for it).
CREATE ROLE msix_app LOGIN PASSWORD 'msix_app_demo_password';
