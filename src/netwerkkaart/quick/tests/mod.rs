mod parse;
mod plan;
mod text;
