CREATE TABLE label (
    name text PRIMARY KEY
);
