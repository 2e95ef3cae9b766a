-- Tills the office enrols before they send anything (docs/office.md, Pendaftaran kasir): the device
-- code (unique across the office, with the codes batches came from), the booth's name and location,
-- the address it sends its batches to, and the upload token its last enrolment file carries. Each
-- download of the file makes a new token and revokes the one before (upload_tokens keeps both).

create table enrolled_devices (
  code              text primary key check (code ~ '^[A-Z0-9]{2,8}$'),
  name              text not null,
  location          text not null,
  upload_url        text not null,
  enrolled_at       timestamptz not null,
  enrolled_by       bigint references users (id),
  token_id          bigint references upload_tokens (id),
  file_issued_at    timestamptz,
  files_issued      int not null default 0,
  catalogue_version int
);
