//! `#[derive(Decode)]`: reads a content type from the compact bytes the
//! content compiler writes (postcard, as serde's derive lays a type out:
//! fields in declaration order, enum variants by index).
//!
//! The generated code only calls `Decode::decode` for each field in order,
//! and never returns early: the reader remembers a failure and hands out
//! empty values from then on (see `scarguide::core::content::decode`). That
//! is what keeps the widget's decoder small.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as Tokens;
use quote::quote;
use syn::{Data, DeriveInput, Fields, parse_macro_input};

#[proc_macro_derive(Decode)]
pub fn derive_decode(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    let name = &input.ident;
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    let body = match &input.data {
        Data::Struct(data) => construct(quote!(Self), &data.fields),
        Data::Enum(data) => {
            let arms = data.variants.iter().enumerate().map(|(index, variant)| {
                let index = index as u32;
                let ident = &variant.ident;
                let value = construct(quote!(Self::#ident), &variant.fields);
                quote!(#index => #value,)
            });
            // An unknown variant fails the reader; the first variant, read
            // from a failed reader, stands in (the caller discards it).
            let Some(first) = data.variants.first() else {
                return error(name, "cannot decode an enum without variants");
            };
            let ident = &first.ident;
            let stand_in = construct(quote!(Self::#ident), &first.fields);
            quote! {
                match reader.variant() {
                    #(#arms)*
                    _ => {
                        reader.fail();
                        #stand_in
                    }
                }
            }
        }
        Data::Union(_) => return error(name, "cannot decode a union"),
    };
    quote! {
        impl #impl_generics crate::core::content::decode::Decode for #name #type_generics #where_clause {
            fn decode(reader: &mut crate::core::content::decode::Reader<'_>) -> Self {
                #body
            }
        }
    }
    .into()
}

/// `path { a: decode, b: decode }`, `path(decode, decode)` or `path`, each
/// field read in declaration order (a struct literal evaluates in the order
/// it is written).
fn construct(path: Tokens, fields: &Fields) -> Tokens {
    let decode = quote!(crate::core::content::decode::Decode::decode(reader));
    match fields {
        Fields::Named(fields) => {
            let names = fields.named.iter().map(|field| &field.ident);
            quote!(#path { #(#names: #decode),* })
        }
        Fields::Unnamed(fields) => {
            let each = fields.unnamed.iter().map(|_| &decode);
            quote!(#path(#(#each),*))
        }
        Fields::Unit => path,
    }
}

fn error(name: &syn::Ident, message: &str) -> TokenStream {
    syn::Error::new_spanned(name, message)
        .to_compile_error()
        .into()
}
