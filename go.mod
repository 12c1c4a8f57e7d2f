module github.com/tokendroplet/droplet

go 1.26.8
